namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Content of a <c>tombstone.v1</c> record: a published post was removed from one account, why, who asked
/// and who approved (never the same person). The original's records stay in the archive. Times are UTC.
/// </summary>
/// <param name="AlreadyGone">The platform said the post was no longer there; the goal was reached either way.</param>
public sealed record TombstoneRecord(
    Guid PostId,
    Guid ChangeId,
    Guid DeliveryId,
    string AccountId,
    string Channel,
    string? PlatformPostId,
    string Reason,
    string RequestedBy,
    string ApprovedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset ApprovedAt,
    DateTimeOffset DeletedAt,
    bool AlreadyGone);
