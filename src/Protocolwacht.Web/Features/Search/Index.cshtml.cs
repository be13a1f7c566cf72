using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.History.Search;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.History;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Search;

/// <summary>
/// Search over the whole archive, published here and imported, in Dutch (<see cref="ArchiveSearch"/>). An
/// administrator searches the board, a director only the accounts of their own school: the reach is a filter
/// in the query, whatever school the form asks for.
/// </summary>
[Authorize]
public sealed class IndexModel(ArchiveSearch search, HistoryReach reach, CheckerSnapshot checkers, PlatformRules platforms) : PageModel
{
    private OrganisationModel? _organisation;

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

    /// <summary>
    /// A hit's account as its people know it: the handle and the platform ("@RegenboogEsveld (X)"), as a refusal names it
    /// (<see cref="PlatformRules"/>); the stored id only for an account the organisation no longer has (an import of an
    /// account since removed).
    /// </summary>
    public string AccountName(string accountId) =>
        _organisation?.FindAccount(accountId) is { } account
            ? $"{account.Handle} ({platforms.For(account)?.DisplayName ?? account.Channel})"
            : accountId;

    /// <summary>"1 resultaat", "2 resultaten" (and in English "1 result", "2 results"): a form per number, each its own
    /// entry, the count in the reader's culture ("1.000" or "1,000").</summary>
    public static string TotalText(int total, Translate texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return total == 1
            ? texts("1 resultaat")
            : string.Format(CultureInfo.CurrentCulture, texts("{0} resultaten"), total.ToString("N0", CultureInfo.CurrentCulture));
    }

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
            _organisation = await checkers.OrganisationAsync(cancellationToken);
        }

        return Page();
    }
}
