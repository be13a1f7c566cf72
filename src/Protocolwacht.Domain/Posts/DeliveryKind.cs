namespace Protocolwacht.Domain.Posts;

/// <summary>
/// What an outbox row asks of the platform. Publishing, and the later changes to a published post (issue #10
/// item 4), go through the same outbox so they share its lease, attempt-before-call and reconciliation, and
/// so each happens exactly once. Stored by name, so never rename a member.
/// </summary>
public enum DeliveryKind
{
    /// <summary>The post itself on one account.</summary>
    Publish,

    /// <summary>Replaces the text of the published post (platforms that edit: Mastodon, Facebook, LinkedIn, the sandbox).</summary>
    Edit,

    /// <summary>A reply under the published post that says what changed (platforms without edit: X, Bluesky).</summary>
    CorrectionReply,

    /// <summary>Removes the published post from the platform, after a second person approved.</summary>
    Delete,
}
