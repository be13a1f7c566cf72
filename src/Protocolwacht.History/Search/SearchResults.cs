namespace Protocolwacht.History.Search;

/// <summary>
/// One page of results, newest first, and how many there are in all; or a Dutch reason there are none.
/// Counting stops past <see cref="ArchiveSearch.CountLimit"/>: then <see cref="TotalIsCapped"/> is true and
/// <see cref="Total"/> is the limit ("meer dan 1.000"). <see cref="Next"/> starts the page of older results,
/// null on the last page.
/// </summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, string? Error = null)
{
    public bool TotalIsCapped { get; init; }

    public SearchCursor? Next { get; init; }
}

/// <summary>A found record. <see cref="Html"/> is the text HTML-encoded with the matching words in &lt;mark&gt;.</summary>
public sealed record SearchHit(long Sequence, string Source, string AccountId, string? SchoolId, string? AuthorId, DateTimeOffset At, string Verdict, IReadOnlyList<string> Categories, string? Url, string Text, string Html, string Marked);
