using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.History.Search;

/// <summary>
/// Searches the whole archive (published here and imported) in Dutch. PostgreSQL matches the generated
/// <c>document</c> column against <c>websearch_to_tsquery('dutch', …)</c>; SQLite matches the FTS5 table of stems
/// against the same query turned into FTS5 (<see cref="SearchQuery"/>). Filters and the reader's reach are
/// applied in SQL on both; highlighting is done here, the same way for both, for the page shown only. The count
/// stops past <see cref="CountLimit"/>; the newest page is taken through a time index when there are many
/// matches and by sorting the matches when there are few (docs/benchmarks.md has the plans).
/// </summary>
public sealed class ArchiveSearch(ProtocolwachtDbContext db)
{
    /// <summary>Counting stops after this many results: past it the page says "meer dan 1.000".</summary>
    public const int CountLimit = 1000;

    public async Task<SearchResults> SearchAsync(string? text, SearchFilters filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var query = SearchQuery.Parse(text);
        if (!query.HasTerms)
        {
            return new SearchResults(0, [], "Geef minstens één zoekwoord (zonder minteken ervoor).");
        }

        // A bounded count: a common word matches a tenth of the archive, and counting all of it cost more than the
        // search. The keys and times counted are kept: when there are few, they already say which rows are the page.
        var counted = await CountAsync(Filter(Counting(query), filters).Select(e => new Key(e.Sequence, e.At)).Take(CountLimit + 1), cancellationToken);
        var many = counted.Count > CountLimit;
        var rows = many ? await NewestPageAsync(query, filters, cancellationToken) : await PageAsync(counted, filters, cancellationToken);
        var next = rows.Count > filters.Limit ? new SearchCursor(rows[filters.Limit - 1].At, rows[filters.Limit - 1].Sequence) : null;
        var shown = rows.Take(filters.Limit).Select(r => Hit(r, query)).ToList();
        return new SearchResults(Math.Min(counted.Count, CountLimit), shown) { TotalIsCapped = many, Next = next };
    }

    // PostgreSQL estimates "feest -zomer" as common and scans the table expecting to stop at the limit early; when
    // the exclusion leaves nothing it reads all of it (1.4 s over a million posts). The count needs no order, so
    // the full-text index (or a filter's index) is always the right start: the table scan is switched off for it.
    private async Task<List<Key>> CountAsync(IQueryable<Key> keys, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null)
        {
            return await keys.ToListAsync(cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off", cancellationToken);
        var counted = await keys.ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counted;
    }

    // Many matches: walk a time index backwards (NewestFirst) and stop after a page and one more.
    private async Task<List<SearchEntryEntity>> NewestPageAsync(SearchQuery query, SearchFilters filters, CancellationToken cancellationToken) =>
        await Older(Filter(NewestFirst(query, filters), filters), filters.Before)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Sequence).Take(filters.Limit + 1)
            .ToListAsync(cancellationToken);

    // Few matches: all of them are counted, so the page is sorted here and only its rows are read.
    private async Task<List<SearchEntryEntity>> PageAsync(List<Key> counted, SearchFilters filters, CancellationToken cancellationToken)
    {
        var before = filters.Before;
        var page = counted
            .Where(k => before is null || k.At < before.At || (k.At == before.At && k.Sequence < before.Sequence))
            .OrderByDescending(k => k.At).ThenByDescending(k => k.Sequence).Take(filters.Limit + 1)
            .Select(k => k.Sequence).ToList();
        var rows = await db.SearchEntries.AsNoTracking().Where(e => page.Contains(e.Sequence)).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(e => e.At).ThenByDescending(e => e.Sequence)];
    }

    // SQLite: walk the full-text matches, newest sequence first (recent periods are asked most), and look each
    // row up by its key until the count is reached; NOT INDEXED keeps SQLite from walking a filter's index instead.
    private IQueryable<SearchEntryEntity> Counting(SearchQuery query) => db.Database.IsNpgsql()
        ? Postgres(query)
        : db.SearchEntries.FromSqlInterpolated($"""
            SELECT s.* FROM archive_search_fts JOIN archive_search AS s NOT INDEXED ON s."Sequence" = archive_search_fts.rowid
            WHERE archive_search_fts MATCH {query.ToFts5()} ORDER BY archive_search_fts.rowid DESC
            """).AsNoTracking();

    // Many matches: walk a time index backwards and keep the rows that match, so the newest page is found after
    // reading about a page's worth divided by the share that matches, instead of sorting every match. The index
    // is the one whose order the filters keep (an account's or a school's posts by time, else all by time).
    private IQueryable<SearchEntryEntity> NewestFirst(SearchQuery query, SearchFilters filters)
    {
        if (db.Database.IsNpgsql())
        {
            return Postgres(query);
        }

        var index = !string.IsNullOrEmpty(filters.AccountId) ? "IX_archive_search_AccountId_At"
            : !string.IsNullOrEmpty(filters.SchoolId) ? "IX_archive_search_SchoolId_At"
            : "IX_archive_search_At";
#pragma warning disable EF1002 // the index name is one of the three constants above; the search text is a parameter
        return db.SearchEntries.FromSqlRaw(
            $"SELECT * FROM archive_search INDEXED BY \"{index}\" WHERE \"Sequence\" IN (SELECT rowid FROM {SearchIndexSql.FtsTable} WHERE {SearchIndexSql.FtsTable} MATCH {{0}})",
            query.ToFts5()).AsNoTracking();
#pragma warning restore EF1002
    }

    // PostgreSQL plans the count and the newest page itself: it knows from its statistics how common a word is.
    private IQueryable<SearchEntryEntity> Postgres(SearchQuery query) => db.SearchEntries.FromSqlInterpolated($"""
        SELECT * FROM archive_search WHERE document @@ websearch_to_tsquery('dutch'::regconfig, {query.Text})
        """).AsNoTracking();

    private static IQueryable<SearchEntryEntity> Older(IQueryable<SearchEntryEntity> entries, SearchCursor? before)
    {
        if (before is null)
        {
            return entries;
        }

        // The first condition alone lets the time index start at the cursor; the second breaks ties in time.
        var at = before.At;
        var sequence = before.Sequence;
        return entries.Where(e => e.At <= at).Where(e => e.At < at || e.Sequence < sequence);
    }

    private static IQueryable<SearchEntryEntity> Filter(IQueryable<SearchEntryEntity> entries, SearchFilters filters)
    {
        if (filters.VisibleSchools is { } visible)
        {
            var schools = visible.ToList();
            entries = entries.Where(e => e.SchoolId != null && schools.Contains(e.SchoolId));
        }

        if (!string.IsNullOrEmpty(filters.SchoolId))
        {
            entries = entries.Where(e => e.SchoolId == filters.SchoolId);
        }

        if (!string.IsNullOrEmpty(filters.AccountId))
        {
            entries = entries.Where(e => e.AccountId == filters.AccountId);
        }

        if (!string.IsNullOrEmpty(filters.AuthorId))
        {
            entries = entries.Where(e => e.AuthorId == filters.AuthorId);
        }

        if (filters.From is { } from)
        {
            var start = DutchTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At >= start);
        }

        if (filters.To is { } to)
        {
            var end = DutchTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At < end);
        }

        if (!string.IsNullOrEmpty(filters.Verdict))
        {
            entries = entries.Where(e => e.Verdict == filters.Verdict);
        }

        if (!string.IsNullOrEmpty(filters.Category))
        {
            var bar = "|" + filters.Category + "|";
            entries = entries.Where(e => e.Categories.Contains(bar));
        }

        if (!string.IsNullOrEmpty(filters.Source))
        {
            entries = entries.Where(e => e.Source == filters.Source);
        }

        return entries;
    }

    private static SearchHit Hit(SearchEntryEntity row, SearchQuery query) => new(
        row.Sequence,
        row.Source,
        row.AccountId,
        row.SchoolId,
        row.AuthorId,
        row.At,
        row.Verdict,
        row.Categories.Split('|', StringSplitOptions.RemoveEmptyEntries),
        row.Url,
        row.Text,
        Highlighter.ToHtml(row.Text, query.HighlightStems),
        Highlighter.ToMarkedText(row.Text, query.HighlightStems));

    private sealed record Key(long Sequence, DateTimeOffset At);
}
