namespace Protocolwacht.Domain.Posts;

// A publication that answers a reaction: the same outbox row as any publication (Kind Publish), with the
// reaction it goes under. Connectors place it as the platform documents a reply to a comment.
public sealed partial class Delivery
{
    /// <summary>The reaction (our row) this publication answers; null for a post of its own.</summary>
    public Guid? ReplyToReactionId { get; private set; }

    /// <summary>The reaction's id on the platform: the parent of the reply.</summary>
    public string? ReplyToPlatformId { get; private set; }

    /// <summary>The platform id of the published post the reaction belongs to: the root of the thread.</summary>
    public string? ReplyRootPlatformId { get; private set; }

    public bool IsReply => ReplyToPlatformId is not null;

    /// <summary>The publication row of a reply post: due at <paramref name="dueAt"/>, placed under the reaction.</summary>
    public static Delivery CreateReply(Guid id, Post post, string accountId, string channel, DateTimeOffset dueAt, string fingerprint, Guid reactionId, string reactionPlatformId, string rootPlatformPostId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reactionPlatformId);
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPlatformPostId);
        var delivery = Create(id, post, accountId, channel, dueAt, fingerprint);
        delivery.ReplyToReactionId = reactionId;
        delivery.ReplyToPlatformId = reactionPlatformId;
        delivery.ReplyRootPlatformId = rootPlatformPostId;
        return delivery;
    }
}
