namespace Protocolwacht.Connectors;

/// <summary>
/// One post for one account.
/// </summary>
/// <param name="Text">The text exactly as approved; connectors do not rewrite it.</param>
/// <param name="IdempotencyKey">
/// Stable for every attempt of the same outbox row (for example the outbox row id). Sent to platforms
/// that honour it (Mastodon's <c>Idempotency-Key</c>); the others ignore it.
/// </param>
/// <param name="Media">Attachments in order; empty for a text-only post.</param>
public sealed record PublishRequest(string Text, string IdempotencyKey, IReadOnlyList<PublishMedia> Media)
{
    /// <summary>
    /// The platform id of a post of the same account this one answers (a correction reply under a post on a
    /// platform without edit); null for a post of its own. Connectors that cannot reply refuse it permanently.
    /// </summary>
    public string? InReplyToPostId { get; init; }

    /// <summary>
    /// The reaction (a comment or reply of someone else) this post answers, for <see cref="Reactions.IReactionReplier.ReplyAsync"/>;
    /// null for a post of its own.
    /// </summary>
    public Reactions.ReplyTarget? ReplyTo { get; init; }

    public PublishRequest(string text, string idempotencyKey)
        : this(text, idempotencyKey, [])
    {
    }
}
