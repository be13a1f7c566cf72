using System.Text;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>One archive record about a post, as the post page shows it.</summary>
/// <param name="Text">The published or corrected text; null for a tombstone or once redacted.</param>
/// <param name="Who">Staff id of who published, corrected or asked for the deletion.</param>
/// <param name="Approver">Staff id of who approved (advice, a doubtful correction, a deletion), if anyone.</param>
public sealed record ArchiveHistoryEntry(long Sequence, string Type, DateTimeOffset RecordedAt, string AccountId, string? Text, string? Who, string? Approver, string? Reason, string? Method, bool Redacted);

/// <summary>
/// The archive's records of one post in sequence order: its publication per account, every revision and
/// tombstone, and whether a record's content was redacted. Read from the archive itself, so the page shows
/// what an auditor would find, not what the post row says now.
/// </summary>
public sealed class PostArchiveHistory(ProtocolwachtDbContext db)
{
    private static readonly string[] Types = [ArchiveRecordTypes.Published, ArchiveRecordTypes.Revision, ArchiveRecordTypes.Tombstone];

    public async Task<IReadOnlyList<ArchiveHistoryEntry>> ForAsync(Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var since = ArchiveRecord.Timestamp(post.CreatedAt);
        var rows = await db.ArchiveRecords.AsNoTracking()
            .Where(r => Types.Contains(r.Type) && r.RecordedAt >= since)
            .GroupJoin(db.ArchiveContents, r => r.Sequence, c => c.Sequence, (r, c) => new { r, c })
            .SelectMany(x => x.c.DefaultIfEmpty(), (x, c) => new { x.r.Sequence, x.r.Type, x.r.RecordedAt, Content = c == null ? null : c.Content })
            .OrderBy(x => x.Sequence).ToListAsync(cancellationToken);
        var redactions = await db.ArchiveRecords.AsNoTracking()
            .Where(r => r.Type == ArchiveRecordTypes.Redaction && r.RecordedAt >= since && r.RedactsSequence != null)
            .Select(r => r.RedactsSequence!.Value).ToListAsync(cancellationToken);
        var redacted = redactions.ToHashSet();
        var key = $"\"postId\":\"{post.Id}\"";
        var entries = new List<ArchiveHistoryEntry>();
        foreach (var row in rows)
        {
            if (row.Content is null)
            {
                // A redacted record no longer says which post it was, so the page cannot show it; verify still counts it.
                continue;
            }

            if (!Encoding.UTF8.GetString(row.Content).Contains(key, StringComparison.Ordinal))
            {
                continue;
            }

            entries.Add(row.Type switch
            {
                ArchiveRecordTypes.Published => FromPublished(row.Sequence, row.RecordedAt, ArchiveJson.Read<PublishedRecord>(row.Content), redacted),
                ArchiveRecordTypes.Revision => FromRevision(row.Sequence, row.RecordedAt, ArchiveJson.Read<RevisionRecord>(row.Content), redacted),
                _ => FromTombstone(row.Sequence, row.RecordedAt, ArchiveJson.Read<TombstoneRecord>(row.Content)),
            });
        }

        return entries;
    }

    private static ArchiveHistoryEntry FromPublished(long sequence, DateTimeOffset at, PublishedRecord r, HashSet<long> redacted) =>
        new(sequence, ArchiveRecordTypes.Published, at, r.AccountId, r.Text, r.AuthorId, r.ApprovedBy, null, "gepubliceerd", redacted.Contains(sequence));

    private static ArchiveHistoryEntry FromRevision(long sequence, DateTimeOffset at, RevisionRecord r, HashSet<long> redacted) =>
        new(sequence, ArchiveRecordTypes.Revision, at, r.AccountId, r.Text, r.CorrectedBy, r.ApprovedBy, r.Reason,
            r.Method == DeliveryKind.Edit ? "bewerkt op het platform" : "correctie als reactie geplaatst", redacted.Contains(sequence));

    private static ArchiveHistoryEntry FromTombstone(long sequence, DateTimeOffset at, TombstoneRecord r) =>
        new(sequence, ArchiveRecordTypes.Tombstone, at, r.AccountId, null, r.RequestedBy, r.ApprovedBy, r.Reason, "verwijderd van het platform", false);
}
