namespace Protocolwacht.Persistence.Posts;

/// <summary>
/// One post "published" on the sandbox channel: the timeline a demo shows instead of a real platform.
/// <see cref="IdempotencyKey"/> is unique, so the sandbox deduplicates retries like Mastodon does.
/// </summary>
public class SandboxPublication
{
    public Guid Id { get; set; }
    public string AccountKey { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string IdempotencyKey { get; set; } = string.Empty;
    public int MediaCount { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
