using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Checks;
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
/// in the query, whatever school the form asks for. The form offers schools, accounts, authors and categories by the
/// names people know them by (it asked for ids until stop 50); the query string keeps the ids and codes, so an old link
/// still works. An id the form does not offer (a removed account, another school's for a director, a link typed by hand)
/// still filters and is shown chosen under "Niet in de lijst", as the insight's form does, as typed: the lists hold all
/// the viewer may see, so what they lack is gone or outside the reach, whose names are not told. A director's own school
/// in a link (School=regenboog) is her reach and filters nothing more: it counts as chosen, and her form, which has no
/// school filter, shows nothing for it.
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

    /// <summary>The schools the form offers, by name: every school for who sees the whole board, none for a director (their reach is one school).</summary>
    public IReadOnlyList<Protocolwacht.Domain.Organisation.School> Schools { get; private set; } = [];

    /// <summary>Who sees every school: the form offers the school filter.</summary>
    public bool WholeBoard { get; private set; }

    /// <summary>The accounts the form offers: those in the viewer's reach, by school (the board's own first) and handle.</summary>
    public IReadOnlyList<OfficialAccount> Accounts { get; private set; } = [];

    /// <summary>The authors the form offers: the staff of the schools in reach (everyone for the whole board), by name.</summary>
    public IReadOnlyList<StaffMember> Authors { get; private set; } = [];

    /// <summary>The chosen school, account, author or category when the form does not offer it (see the class): its label, else null.</summary>
    public string? UnlistedSchool { get; private set; }

    /// <inheritdoc cref="UnlistedSchool"/>
    public string? UnlistedAccount { get; private set; }

    /// <inheritdoc cref="UnlistedSchool"/>
    public string? UnlistedAuthor { get; private set; }

    /// <inheritdoc cref="UnlistedSchool"/>
    public string? UnlistedCategory { get; private set; }

    /// <summary>A school's name by id ("Basisschool De Regenboog"); null for the board's own accounts.</summary>
    public string? SchoolName(string? schoolId) => schoolId is null ? null : _organisation?.FindSchool(schoolId)?.Name ?? schoolId;

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

    /// <summary>A hit's or a choice's account as its people know it (<see cref="ArchiveAccountNames"/>): "@RegenboogEsveld (X)".</summary>
    public string AccountName(string accountId) => ArchiveAccountNames.Of(_organisation, platforms, accountId);

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

        _organisation = await checkers.OrganisationAsync(cancellationToken);
        OfferChoices(_organisation, schools);
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

    private void OfferChoices(OrganisationModel organisation, IReadOnlyCollection<string>? schools)
    {
        WholeBoard = schools is null;
        Schools = WholeBoard ? [.. organisation.Schools.OrderBy(s => s.Name, StringComparer.CurrentCulture)] : [];
        Accounts = [.. organisation.Accounts
            .Where(a => InReach(schools, a.SchoolId))
            .OrderBy(a => a.SchoolId is null ? string.Empty : organisation.FindSchool(a.SchoolId)?.Name, StringComparer.CurrentCulture)
            .ThenBy(a => a.Handle, StringComparer.CurrentCulture)];
        Authors = [.. organisation.Staff.Where(s => schools is null || (s.SchoolId is not null && schools.Contains(s.SchoolId)))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)];
        // Until the review of stop 50 a director's own school showed under "Niet in de lijst" beside "Alle scholen".
        var ownSchool = schools is not null && !string.IsNullOrEmpty(School) && schools.Contains(School);
        UnlistedSchool = string.IsNullOrEmpty(School) || ownSchool || Schools.Any(s => s.Id == School) ? null : School;
        UnlistedAccount = string.IsNullOrEmpty(Account) || Accounts.Any(a => a.Id == Account) ? null : Account;
        UnlistedAuthor = string.IsNullOrEmpty(Author) || Authors.Any(a => a.Id == Author) ? null : Author;
        UnlistedCategory = string.IsNullOrEmpty(Category) || CategoryNames.All.Any(c => c.Code == Category) ? null : Category;
    }

    /// <summary>Whether the viewer sees <paramref name="schoolId"/>'s archive (null: the board's own, for who sees every school).</summary>
    private static bool InReach(IReadOnlyCollection<string>? schools, string? schoolId) =>
        schools is null || (schoolId is not null && schools.Contains(schoolId));
}
