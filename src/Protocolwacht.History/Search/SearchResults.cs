namespace Protocolwacht.History.Search;

/// <summary>One page of results, newest first, and how many there are in all; or a Dutch reason there are none.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, string? Error = null);

/// <summary>A found record. <see cref="Html"/> is the text HTML-encoded with the matching words in &lt;mark&gt;.</summary>
public sealed record SearchHit(long Sequence, string Source, string AccountId, string? SchoolId, string? AuthorId, DateTimeOffset At, string Verdict, IReadOnlyList<string> Categories, string? Url, string Text, string Html, string Marked);
