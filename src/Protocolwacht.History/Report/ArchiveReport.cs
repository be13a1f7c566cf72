using Protocolwacht.Domain.Archive;

namespace Protocolwacht.History.Report;

/// <summary>
/// What an audit or a Woo request asks about a period (issue #10 item 5): every publication in the selection
/// with its check, approval, corrections and deletion, as the archive holds them, and the tree head it is under.
/// </summary>
public sealed record ArchiveReport(ArchiveReportSelection Selection, SignedTreeHead? TreeHead, IReadOnlyList<ReportedPublication> Publications, DateTimeOffset MadeAt);

/// <param name="From">First day (Amsterdam date), inclusive; null for no lower bound.</param>
/// <param name="To">Last day (Amsterdam date), inclusive; null for no upper bound.</param>
public sealed record ArchiveReportSelection(DateOnly? From, DateOnly? To, string? SchoolId, string? AccountId);

/// <summary>One publication on one account: its record, and the later records about it.</summary>
/// <param name="Published">Null when the record's content was redacted (it then says only that it existed).</param>
public sealed record ReportedPublication(long Sequence, DateTimeOffset RecordedAt, PublishedRecord? Published, IReadOnlyList<(long Sequence, RevisionRecord Revision)> Revisions, (long Sequence, TombstoneRecord Tombstone)? Tombstone, bool Redacted);
