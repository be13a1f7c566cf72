using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Content of a <c>published.v1</c> record: what went out under Konot's name on one account, with the
/// check and the approval that let it go (BG2, BG3, R8). Times are UTC.
/// </summary>
public sealed record PublishedRecord(
    Guid PostId,
    Guid DeliveryId,
    string Text,
    string AccountId,
    string Channel,
    string? PlatformPostId,
    string? PlatformUrl,
    string AuthorId,
    string? ApprovedBy,
    IReadOnlyList<ArchivedAdvice> Advice,
    ArchivedCheck Check,
    IReadOnlyList<ArchivedAttachment> Attachments,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset PublishedAt);

/// <summary>One step of the advice exchanged about the post: a request, an approval, a return or an escalation, with its text.</summary>
public sealed record ArchivedAdvice(PostAction Action, string ActorId, DateTimeOffset At, string? Text);

/// <summary>The check of the published text: its verdict, the protocol version in force and every finding with the guideline it cites.</summary>
public sealed record ArchivedCheck(Verdict Verdict, int? ProtocolVersion, string? ProtocolTitle, IReadOnlyList<ArchivedFinding> Findings);

public sealed record ArchivedFinding(string Category, string Severity, string Guideline, int? Start, int? End, string Message);

/// <summary>An attachment by its content hash and metadata; the bytes stay in the attachment store while retention allows.</summary>
public sealed record ArchivedAttachment(Guid BlobId, string Sha256, long Length, string FileName, string ContentType, AttachmentKind Kind, string? Description);
