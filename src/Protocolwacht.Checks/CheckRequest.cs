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
    IReadOnlyList<AttachmentInfo> Attachments)
{
    /// <summary>
    /// The staff member who will read the findings. Roster pupils (and their parents) of a school this person
    /// may not see are treated as names nobody knows, so no finding discloses them. Null: no limit (the
    /// command line and the batch contract, run by someone who holds the whole organisation file anyway).
    /// An id that is not in the organisation sees no pupil at all.
    /// </summary>
    public string? ReaderId { get; init; }
}
