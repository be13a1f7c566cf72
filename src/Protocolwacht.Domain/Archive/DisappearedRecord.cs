namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Content of a <c>disappeared.v1</c> record: reconciliation (issue #13 item 3) no longer found a post of the archive
/// among the account's recent posts on the platform, and nobody deleted it through Protocolwacht. The post's own
/// record (<see cref="RecordSequence"/>) stays; this one only says it was gone when <see cref="NoticedAt"/> (UTC).
/// </summary>
/// <param name="Window">How many of the account's most recent posts were compared.</param>
public sealed record DisappearedRecord(
    string AccountId,
    string Channel,
    string PlatformId,
    long RecordSequence,
    DateTimeOffset PostedAt,
    DateTimeOffset NoticedAt,
    int Window);
