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
    public PublishRequest(string text, string idempotencyKey)
        : this(text, idempotencyKey, [])
    {
    }
}
