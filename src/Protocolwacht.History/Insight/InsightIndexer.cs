using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Insight;

namespace Protocolwacht.History.Insight;

/// <summary>
/// Keeps the insight's figures (<c>archive_insight_posts</c>, <c>archive_insight_findings</c>) and the list of posts
/// known to be gone (<c>archive_gone_posts</c>) in step with the archive, in the transaction that appends each
/// record, like <see cref="Search.SearchIndexer"/>: a published or imported record adds its post and findings, a
/// tombstone or disappearance marks its post gone, a redaction removes the figures of the record it redacts.
/// <see cref="RebuildAsync"/> recreates the figures from every record whose content is still there.
/// </summary>
public sealed class InsightIndexer(ProtocolwachtDbContext db) : IArchiveAppendObserver
{
    // The school of each account seen in this unit of work: one small query per account, not the whole organisation,
    // because the publisher appends a record for every delivery.
    private readonly Dictionary<string, string?> _schools = new(StringComparer.Ordinal);

    public async Task OnAppendedAsync(IReadOnlyList<AppendedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            if (record.Type == ArchiveRecordTypes.Redaction && record.RedactsSequence is { } redacted)
            {
                await db.InsightFindings.Where(f => f.Sequence == redacted).ExecuteDeleteAsync(cancellationToken);
                await db.InsightPosts.Where(p => p.Sequence == redacted).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            await AddAsync(record.Sequence, record.Type, record.Content, cancellationToken);
        }
    }

    /// <summary>Empties the figures and fills them again from the archive; returns the posts written.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.InsightFindings.ExecuteDeleteAsync(cancellationToken);
        await db.InsightPosts.ExecuteDeleteAsync(cancellationToken);
        await db.GonePosts.ExecuteDeleteAsync(cancellationToken);
        string[] types = [ArchiveRecordTypes.Published, ArchiveRecordTypes.Imported, ArchiveRecordTypes.Tombstone, ArchiveRecordTypes.Disappeared];
        var after = 0L;
        while (true)
        {
            // Read a batch to the end before writing: PostgreSQL runs one command at a time per connection.
            var batch = await db.ArchiveContents.AsNoTracking()
                .Where(c => c.Sequence > after)
                .Join(db.ArchiveRecords.Where(r => types.Contains(r.Type)), c => c.Sequence, r => r.Sequence, (c, r) => new { r.Sequence, r.Type, c.Content })
                .OrderBy(x => x.Sequence).Take(2000)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var record in batch)
            {
                await AddAsync(record.Sequence, record.Type, record.Content, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Sequence;
        }

        var count = await db.InsightPosts.CountAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private async Task AddAsync(long sequence, string type, byte[] content, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case ArchiveRecordTypes.Published:
                var published = ArchiveJson.Read<PublishedRecord>(content);
                await AddPostAsync(InsightRow.FromPublished(sequence, published), published.Check, cancellationToken);
                break;
            case ArchiveRecordTypes.Imported:
                var imported = ArchiveJson.Read<ImportedRecord>(content);
                await AddPostAsync(InsightRow.FromImported(sequence, imported), imported.Check, cancellationToken);
                break;
            case ArchiveRecordTypes.Tombstone:
                var tombstone = ArchiveJson.Read<TombstoneRecord>(content);
                await MarkGoneAsync(tombstone.AccountId, tombstone.PlatformPostId, sequence, GoneReasons.Deleted, cancellationToken);
                break;
            case ArchiveRecordTypes.Disappeared:
                var disappeared = ArchiveJson.Read<DisappearedRecord>(content);
                await MarkGoneAsync(disappeared.AccountId, disappeared.PlatformId, sequence, GoneReasons.Disappeared, cancellationToken);
                break;
        }
    }

    private async Task AddPostAsync(InsightPostEntity post, ArchivedCheck check, CancellationToken cancellationToken)
    {
        if (!_schools.TryGetValue(post.AccountId, out var school))
        {
            school = await db.OfficialAccounts.AsNoTracking().Where(a => a.Id == post.AccountId).Select(a => a.SchoolId).FirstOrDefaultAsync(cancellationToken);
            _schools[post.AccountId] = school;
        }

        post.SchoolId = school;
        db.InsightPosts.Add(post);
        for (var i = 0; i < check.Findings.Count; i++)
        {
            db.InsightFindings.Add(new InsightFindingEntity
            {
                Sequence = post.Sequence,
                Index = i,
                Source = post.Source,
                AccountId = post.AccountId,
                SchoolId = post.SchoolId,
                Month = post.Month,
                Guideline = check.Findings[i].Guideline,
                Category = check.Findings[i].Category,
            });
        }
    }

    private async Task MarkGoneAsync(string accountId, string? platformId, long sequence, string reason, CancellationToken cancellationToken)
    {
        if (platformId is null
            || db.GonePosts.Local.Any(g => g.AccountId == accountId && g.PlatformId == platformId)
            || await db.GonePosts.AnyAsync(g => g.AccountId == accountId && g.PlatformId == platformId, cancellationToken))
        {
            return;
        }

        db.GonePosts.Add(new GonePostEntity { AccountId = accountId, PlatformId = platformId, Sequence = sequence, Reason = reason });
    }
}
