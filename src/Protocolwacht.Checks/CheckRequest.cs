namespace Protocolwacht.Checks;

/// <summary>
/// A draft with its context. <see cref="AuthorId"/> is a staff id from the organisation; when it is null
/// (or unknown) the posting-rights rule cannot apply.
/// </summary>
public sealed record CheckRequest(
    string Text,
    AccountContext Account,
    string? AuthorId,
    ReplyContext? ReplyTo,
    IReadOnlyList<AttachmentInfo> Attachments);
