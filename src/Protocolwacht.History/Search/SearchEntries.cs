using Protocolwacht.Persistence.Search;

namespace Protocolwacht.History.Search;

/// <summary>
/// The <c>archive_search</c> row of one post, the one place that decides it: <see cref="SearchIndexer"/> writes
/// it for every archived post, the search benchmark for its synthetic ones. <paramref name="postgres"/>: the
/// stems are left to PostgreSQL's <c>dutch</c> configuration there, and computed here for SQLite's FTS5.
/// </summary>
public static class SearchEntries
{
    public static SearchEntryEntity For(long sequence, string source, string accountId, string? schoolId, string? authorId, DateTimeOffset at, string verdict, IEnumerable<string> categories, string? url, string text, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = SearchDocument.Build(text, withStems: !postgres);
        var distinct = categories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new SearchEntryEntity
        {
            Sequence = sequence,
            Source = source,
            AccountId = accountId,
            SchoolId = schoolId,
            AuthorId = authorId,
            At = at,
            Verdict = verdict,
            Categories = "|" + string.Concat(distinct.Select(c => c + "|")),
            Url = url,
            Text = text,
            Parts = document.Parts,
            Terms = document.Terms,
            PartTerms = document.PartTerms,
        };
    }
}
