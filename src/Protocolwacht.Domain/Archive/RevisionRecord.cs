using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Content of a <c>revision.v1</c> record: a correction of a published post on one account (BG3, DO3). The
/// original's <c>published.v1</c> record stays as it was. <see cref="Text"/> is the revision as checked;
/// <see cref="SentText"/> is what the platform received (with the "aangepast door … op …" line, or the
/// correction reply). Times are UTC.
/// </summary>
public sealed record RevisionRecord(
    Guid PostId,
    Guid ChangeId,
    Guid DeliveryId,
    int Revision,
    string AccountId,
    string Channel,
    DeliveryKind Method,
    string? PlatformPostId,
    string? ReplyPlatformPostId,
    string? PlatformUrl,
    string Text,
    string SentText,
    string Reason,
    string CorrectedBy,
    string? ApprovedBy,
    ArchivedCheck Check,
    DateTimeOffset RequestedAt,
    DateTimeOffset AppliedAt);
