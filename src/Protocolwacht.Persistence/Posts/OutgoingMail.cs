namespace Protocolwacht.Persistence.Posts;

/// <summary>
/// A mail waiting to be sent: written in the same transaction as the workflow step it reports, sent by
/// a background sender that claims it with a lease, so a crash neither loses it nor sends it twice in
/// the normal case.
/// </summary>
public class OutgoingMail
{
    public Guid Id { get; set; }
    public string ToAddress { get; set; } = string.Empty;
    public string ToName { get; set; } = string.Empty;
    public string Subject { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>
    /// When a send of this mail first failed: the retry window (<c>Mail:RetryFor</c>) counts from here, so a mail queued
    /// while SMTP was not configured or the app was down still gets the whole window. Null while nothing failed.
    /// </summary>
    public DateTimeOffset? FirstFailedAt { get; set; }

    /// <summary>
    /// When the sender gave the mail up: the server refused it for good (a 5xx for this recipient or this message), or
    /// refused it for the time being for longer than the retry window. It is not retried; <see cref="LastError"/> says why.
    /// </summary>
    public DateTimeOffset? GaveUpAt { get; set; }
}
