using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.History.Search;
using Protocolwacht.Web.Features.History;

namespace Protocolwacht.Web.Features.Search;

/// <summary>
/// Search over the whole archive, published here and imported, in Dutch (<see cref="ArchiveSearch"/>). An
/// administrator searches the board, a director only the accounts of their own school: the reach is a filter
/// in the query, whatever school the form asks for.
/// </summary>
[Authorize]
public sealed class IndexModel(ArchiveSearch search, HistoryReach reach) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Author { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    /// <summary>Where the page of older results starts (<see cref="SearchCursor"/>); empty for the newest.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public SearchResults? Results { get; private set; }

    /// <summary>
    /// A hit's stored verdict code (allow, doubt, block) by the name the filter above offers, for the page's <c>T()</c>;
    /// an unknown code shows as stored.
    /// </summary>
    public static string VerdictName(string code) => code switch
    {
        "allow" => "toegestaan",
        "doubt" => "twijfel",
        "block" => "geblokkeerd",
        _ => code,
    };

    /// <summary>This search's address with the page of older results after <paramref name="next"/>.</summary>
    public string OlderLink(SearchCursor next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var query = Request.Query.Where(q => q.Key != nameof(Before) && !string.IsNullOrEmpty(q.Value))
            .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
            .Append(KeyValuePair.Create(nameof(Before), (string?)next.ToString()));
        return Request.PathBase + Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", query);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (allowed, schools) = await reach.GetAsync(cancellationToken);
        if (!allowed)
        {
            return Forbid();
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await search.SearchAsync(Query, new SearchFilters
            {
                VisibleSchools = schools,
                SchoolId = School,
                AccountId = Account,
                AuthorId = Author,
                From = From,
                To = To,
                Verdict = Verdict,
                Category = Category,
                Source = Source,
                Before = SearchCursor.Parse(Before),
            }, cancellationToken);
        }

        return Page();
    }
}
