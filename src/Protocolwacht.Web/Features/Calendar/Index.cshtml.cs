using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Calendar;

/// <summary>
/// "Kalender" (issue #12 item 4): what is scheduled and what was published, per day, for a week or a month, for one
/// school or account or all. A post going out or out already is shown to all staff (it is or will be public); a post
/// not yet confirmed (planned, waiting for advice) only to those who may open it (<see cref="PostAccess"/>).
/// </summary>
public sealed class IndexModel(ProtocolwachtDbContext db, CheckerSnapshot checkers, TimeProvider time) : PageModel
{
    // A month holds at most six weeks; more posts than this in one view are cut (the page says so).
    private const int MaxPosts = 500;

    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    public CalendarPeriod Period { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<School> Schools { get; private set; } = [];
    public IReadOnlyList<OfficialAccount> Accounts { get; private set; } = [];
    public ILookup<DateOnly, CalendarEntry> Entries { get; private set; } = Array.Empty<CalendarEntry>().ToLookup(e => e.Day);
    public bool Cut { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DutchTime.DateOf(time.GetUtcNow());
        Period = CalendarPeriod.Of(View, Date ?? Today);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        Schools = organisation.Schools;
        Accounts = [.. organisation.Accounts.OrderBy(a => a.Id, StringComparer.Ordinal)];
        var shown = ShownAccounts(organisation);
        var from = DutchTime.ToUtc(Period.First.ToDateTime(TimeOnly.MinValue));
        var to = DutchTime.ToUtc(Period.End.ToDateTime(TimeOnly.MinValue));
        // Access is judged in the database and the account filter on the accounts alone, so the limit counts only
        // posts this user sees here: another school's busy month cannot push the user's own posts out.
        var candidates = await db.Posts.AsNoTracking()
            .Where(p => p.State != PostState.Draft && p.State != PostState.Removed)
            .Where(p => (p.ReleaseAt >= from && p.ReleaseAt < to) || (p.ReleaseAt == null && p.ScheduledAt >= from && p.ScheduledAt < to))
            .ViewableBy(User, p => p.State == PostState.Published || p.State == PostState.Queued)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.AccountIds })
            .ToListAsync(cancellationToken);
        var ids = candidates.Where(p => shown is null || p.AccountIds.Any(shown.Contains)).Select(p => p.Id).Take(MaxPosts + 1).ToList();
        Cut = ids.Count > MaxPosts;
        ids = [.. ids.Take(MaxPosts)];
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        Entries = posts
            .Select(p => CalendarEntry.Of(p, organisation, PostAccess.MayView(User, p)))
            .OrderBy(e => e.When)
            .ToLookup(e => e.Day);
    }

    /// <summary>The address of this calendar with one setting changed (the others kept).</summary>
    public string Link(string? view = null, DateOnly? date = null) =>
        Url.Page("/Calendar/Index", new { view = view ?? (Period.IsMonth ? "month" : "week"), date = (date ?? Period.Anchor).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), school = School, account = Account })!;

    private HashSet<string>? ShownAccounts(OrganisationModel organisation)
    {
        if (!string.IsNullOrEmpty(Account))
        {
            return [Account];
        }

        return organisation.FindSchool(School) is { } school ? [.. school.Accounts.Select(a => a.Id)] : null;
    }
}
