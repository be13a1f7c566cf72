using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.History.Insight;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// Where the protocol is under pressure (issue #13 item 4): findings per guideline, category, school, account and
/// month, the share of posts that needed advice and the advice answer time, over what was published here and what
/// was imported. An administrator and a board member see the board, a director their own school (<see cref="InsightReach"/>):
/// the reach is a filter in every query, whatever the form asks. Counts only; authors appear as a number. The example
/// posts behind frequent findings are linked for administrators and directors only. Schools and accounts are chosen and
/// shown by the names people know them by (<see cref="InsightNames"/>); the query string and the figures keep their ids.
/// A school or account in the query string that the form does not offer (a removed account, a link from elsewhere, another
/// school's for a director) still filters, so the form shows it, chosen, under "Niet in de lijst" (fixweb2: the form said
/// "Alle accounts" while the figures were filtered); outside the viewer's reach it is shown as typed, not by its name.
/// </summary>
[Authorize]
public sealed class IndexModel(InsightQuery insight, InsightReach reach, CheckerSnapshot checkers, PlatformRules platforms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    /// <summary>The first month counted, "2024-09" (an input type=month).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The viewer sees every school (an administrator, a board member): the page offers the school filter.</summary>
    public bool WholeBoard { get; private set; }

    /// <summary>The frequent findings link to their example posts (not for a board member: <see cref="InsightReach"/>).</summary>
    public bool ShowsExamples { get; private set; }

    public InsightFigures? Figures { get; private set; }

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>The schools the form offers (only to who sees the whole board), by name.</summary>
    public IReadOnlyList<Protocolwacht.Domain.Organisation.School> Schools { get; private set; } = [];

    /// <summary>The accounts the form offers: the viewer's reach, by school and then handle (the form groups them by school).</summary>
    public IReadOnlyList<OfficialAccount> Accounts { get; private set; } = [];

    /// <summary>The names the page shows schools and accounts by.</summary>
    public InsightNames Names { get; private set; } = null!;

    /// <summary>The chosen school when the form does not offer it (see the class): its label, else null.</summary>
    public string? UnlistedSchool { get; private set; }

    /// <summary>The chosen account when the form does not offer it (see the class): its label, else null.</summary>
    public string? UnlistedAccount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var filters = await FiltersAsync(cancellationToken);
        if (filters is null)
        {
            return Forbid();
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var schools = filters.VisibleSchools;
        Schools = schools is null ? [.. organisation.Schools.OrderBy(s => s.Name, StringComparer.CurrentCulture)] : [];
        Accounts = [.. organisation.Accounts
            .Where(a => schools is null || (a.SchoolId is not null && schools.Contains(a.SchoolId)))
            .OrderBy(a => a.SchoolId is null ? string.Empty : organisation.FindSchool(a.SchoolId)?.Name, StringComparer.CurrentCulture)
            .ThenBy(a => a.Handle, StringComparer.CurrentCulture)];
        Names = new InsightNames(organisation, platforms);
        UnlistedSchool = string.IsNullOrEmpty(School) || Schools.Any(s => s.Id == School) ? null
            : InReach(schools, School) ? Names.School(School) : School;
        UnlistedAccount = string.IsNullOrEmpty(Account) || Accounts.Any(a => a.Id == Account) ? null
            : organisation.FindAccount(Account) is not { } account || InReach(schools, account.SchoolId) ? Names.Account(Account) : Account;
        if (Error is null)
        {
            Figures = await insight.FiguresAsync(filters, cancellationToken);
            Charts = InsightCharts.From(Figures, InsightFormat.Page(), Names);
        }

        return Page();
    }

    /// <summary>One table of the page as CSV, with the page's filters and the same reach.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        var filters = await FiltersAsync(cancellationToken);
        if (filters is null)
        {
            return Forbid();
        }

        if (Error is not null)
        {
            return BadRequest(Error);
        }

        var figures = await insight.FiguresAsync(filters, cancellationToken);
        var names = new InsightNames(await checkers.OrganisationAsync(cancellationToken), platforms);
        var chart = InsightCharts.From(figures, InsightFormat.Csv(), names).Append(InsightCharts.Frequent(figures)).FirstOrDefault(c => c.Table == table);
        return chart is null ? NotFound() : File(InsightCsv.Write(chart), "text/csv; charset=utf-8", $"inzicht-{chart.Table}.csv");
    }

    /// <summary>Whether the viewer sees <paramref name="schoolId"/>'s figures (null: the board's own, for who sees every school).</summary>
    private static bool InReach(IReadOnlyCollection<string>? schools, string? schoolId) =>
        schools is null || (schoolId is not null && schools.Contains(schoolId));

    /// <summary>The query string of the current filters, for the CSV links.</summary>
    public string CsvUrl(string table)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = "Csv",
            ["table"] = table,
            ["Source"] = Source,
            ["School"] = School,
            ["Account"] = Account,
            ["From"] = From,
            ["To"] = To,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/insight", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private async Task<InsightFilters?> FiltersAsync(CancellationToken cancellationToken)
    {
        var (allowed, schools, examples) = await reach.GetAsync(cancellationToken);
        if (!allowed)
        {
            return null;
        }

        WholeBoard = schools is null;
        ShowsExamples = examples;
        var from = Month(From, "Van");
        var to = Month(To, "Tot en met");
        return new InsightFilters
        {
            VisibleSchools = schools,
            SchoolId = School,
            AccountId = Account,
            Source = Source is "published" or "imported" ? Source : null,
            FromMonth = from,
            ToMonth = to,
        };
    }

    private int? Month(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Year * 100) + date.Month;
        }

        Error = $"'{value}' in het veld '{field}' is geen maand; gebruik jjjj-mm, bijvoorbeeld 2024-09.";
        return null;
    }
}
