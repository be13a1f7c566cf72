using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.History.Search;

/// <summary>
/// Searches the whole archive (published here and imported) in Dutch. PostgreSQL matches the generated
/// <c>document</c> column against <c>websearch_to_tsquery('dutch', …)</c>; SQLite matches the FTS5 table of stems
/// against the same query turned into FTS5 (<see cref="SearchQuery"/>). Filters and the reader's reach are
/// applied in SQL on both; highlighting is done here, the same way for both.
/// </summary>
public sealed class ArchiveSearch(ProtocolwachtDbContext db)
{
    public async Task<SearchResults> SearchAsync(string? text, SearchFilters filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var query = SearchQuery.Parse(text);
        if (!query.HasTerms)
        {
            return new SearchResults(0, [], "Geef minstens één zoekwoord (zonder minteken ervoor).");
        }

        var matches = Filter(Matching(query), filters);
        var total = await matches.CountAsync(cancellationToken);
        var rows = await matches.OrderByDescending(e => e.At).ThenByDescending(e => e.Sequence).Take(filters.Limit).ToListAsync(cancellationToken);
        return new SearchResults(total, [.. rows.Select(r => Hit(r, query))]);
    }

    private IQueryable<SearchEntryEntity> Matching(SearchQuery query)
    {
        if (db.Database.IsNpgsql())
        {
            return db.SearchEntries.FromSqlInterpolated($"""
                SELECT * FROM archive_search WHERE document @@ websearch_to_tsquery('dutch'::regconfig, {query.Text})
                """).AsNoTracking();
        }

        var fts = query.ToFts5();
        return db.SearchEntries.FromSqlInterpolated($"""
            SELECT * FROM archive_search WHERE "Sequence" IN (SELECT rowid FROM archive_search_fts WHERE archive_search_fts MATCH {fts})
            """).AsNoTracking();
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
}
