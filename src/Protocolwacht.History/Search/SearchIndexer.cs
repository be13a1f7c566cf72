using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.History.Search;

/// <summary>
/// Keeps <c>archive_search</c> in step with the archive: every <c>published.v1</c> and <c>imported.v1</c>
/// record gets its row in the transaction that appends it, and a <c>redaction.v1</c> record removes the row of
/// the record it redacts in its own transaction, so redacted text is never found again. <see cref="RebuildAsync"/>
/// recreates the whole table from the archive (for records archived before the index existed).
/// </summary>
public sealed class SearchIndexer(ProtocolwachtDbContext db, OrganisationReader organisations) : IArchiveAppendObserver
{
    private OrganisationModel? _organisation;

    public async Task OnAppendedAsync(IReadOnlyList<AppendedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            if (record.Type == ArchiveRecordTypes.Redaction && record.RedactsSequence is { } redacted)
            {
                await db.SearchEntries.Where(e => e.Sequence == redacted).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            if (await EntryAsync(record.Sequence, record.Type, record.Content, cancellationToken) is { } entry)
            {
                db.SearchEntries.Add(entry);
            }
        }
    }

    /// <summary>Empties the index and fills it again from every record whose content is still there; returns the rows written.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SearchEntries.ExecuteDeleteAsync(cancellationToken);
        var count = 0;
        var after = 0L;
        while (true)
        {
            // Read a batch to the end before writing: PostgreSQL runs one command at a time per connection.
            var batch = await db.ArchiveContents.AsNoTracking()
                .Where(c => c.Sequence > after)
                .Join(db.ArchiveRecords.Where(r => r.Type == ArchiveRecordTypes.Published || r.Type == ArchiveRecordTypes.Imported), c => c.Sequence, r => r.Sequence, (c, r) => new { r.Sequence, r.Type, c.Content })
                .OrderBy(x => x.Sequence).Take(2000)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var entries = new List<SearchEntryEntity>(batch.Count);
            foreach (var record in batch)
            {
                if (await EntryAsync(record.Sequence, record.Type, record.Content, cancellationToken) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            count += await FlushAsync(entries, cancellationToken);
            after = batch[^1].Sequence;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private async Task<int> FlushAsync(List<SearchEntryEntity> batch, CancellationToken cancellationToken)
    {
        db.SearchEntries.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var written = batch.Count;
        batch.Clear();
        return written;
    }

    private async Task<SearchEntryEntity?> EntryAsync(long sequence, string type, byte[] content, CancellationToken cancellationToken)
    {
        if (type == ArchiveRecordTypes.Published)
        {
            var published = ArchiveJson.Read<PublishedRecord>(content);
            return await EntryAsync(sequence, SearchSources.Published, published.AccountId, published.AuthorId, published.PublishedAt, published.Check, published.PlatformUrl, published.Text, cancellationToken);
        }

        if (type == ArchiveRecordTypes.Imported)
        {
            var imported = ArchiveJson.Read<ImportedRecord>(content);
            return await EntryAsync(sequence, SearchSources.Imported, imported.AccountId, null, imported.PostedAt, imported.Check, imported.Url, imported.Text, cancellationToken);
        }

        return null;
    }

    private async Task<SearchEntryEntity> EntryAsync(long sequence, string source, string accountId, string? authorId, DateTimeOffset at, ArchivedCheck check, string? url, string text, CancellationToken cancellationToken)
    {
        _organisation ??= await organisations.LoadAsync(cancellationToken);
        return SearchEntries.For(
            sequence, source, accountId, _organisation?.FindAccount(accountId)?.SchoolId, authorId, at,
            check.Verdict.ToString().ToLowerInvariant(), check.Findings.Select(f => f.Category), url, text, db.Database.IsNpgsql());
    }
}
