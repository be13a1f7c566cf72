using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// A manager's advice queue: requests addressed to them, longest waiting first, each with its wait in working days
/// and overdue ones marked. Managers also say here when they are away (a period of Dutch dates): while it runs, open and
/// new requests move to the next one up. Requests handed on stay there when the period ends: the next manager already
/// has them with a fresh term and the author was told who answers; moving them back would tell the author twice and
/// hand a half-read request to someone catching up.
/// </summary>
public sealed class IndexModel(ProtocolwachtDbContext db, CheckerSnapshot checkers, AdviceWorkflow advice, TimeProvider time) : PageModel
{
    public IReadOnlyList<Post> Requests { get; private set; } = [];
    public OrganisationModel Organisation { get; private set; } = null!;
    public bool Absent { get; private set; }

    /// <summary>The manager's period away while it runs or is still to come; null otherwise.</summary>
    public Persistence.Posts.StaffAbsence? Period { get; private set; }

    /// <summary>The first day away as typed (dag-maand-jaar); empty means today.</summary>
    [BindProperty]
    public string? From { get; set; }

    /// <summary>The last day away as typed; empty means until the manager reports back.</summary>
    [BindProperty]
    public string? Until { get; set; }
    public DateTimeOffset Now { get; private set; }

    /// <summary>How many open requests moved to the next manager when this manager reported being away (after the redirect).</summary>
    [BindProperty(SupportsGet = true, Name = "doorgestuurd")]
    public int? Moved { get; set; }

    public string? Problem { get; private set; }

    public string NameOf(string id) => Organisation.StaffName(id);

    public int OldestWait => Requests.Count == 0 ? 0 : Requests.Max(p => AdviceAge.WorkingDaysWaited(p, Now));

    public int OverdueCount => Requests.Count(p => AdviceAge.IsOverdue(p, Now));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        Now = time.GetUtcNow();
        Organisation = await checkers.OrganisationAsync(cancellationToken);
        var requests = await db.Posts.AsNoTracking()
            .Where(p => p.State == PostState.AdviceRequested && p.ApproverId == me).ToListAsync(cancellationToken);
        Requests = [.. requests.OrderBy(AdviceAge.AskedAt)];
        var today = DutchTime.Today(time);
        var period = await db.StaffAbsences.AsNoTracking().SingleOrDefaultAsync(a => a.StaffId == me, cancellationToken);
        Period = period is not null && period.EndsOnOrAfter(today) ? period : null;
        Absent = Period?.Covers(today) == true;
    }

    public async Task<IActionResult> OnPostAbsenceAsync(bool absent, CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        if (absent)
        {
            var (from, until, error) = AbsencePeriodInput.Parse(From, Until, DutchTime.Today(time));
            if (error is not null)
            {
                Problem = error;
                await OnGetAsync(cancellationToken);
                return Page();
            }

            var (result, moved) = await advice.ReportAbsentAsync(me, from, until, cancellationToken);
            if (!result.Succeeded)
            {
                Problem = result.Error;
                await OnGetAsync(cancellationToken);
                return Page();
            }

            return from <= DutchTime.Today(time) ? RedirectToPage(new { doorgestuurd = moved }) : RedirectToPage();
        }

        if (await db.StaffAbsences.SingleOrDefaultAsync(a => a.StaffId == me, cancellationToken) is { } row)
        {
            db.StaffAbsences.Remove(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // "I'm back" sent twice at once (two tabs, a double tap): the other request removed the period first, so
                // what this one asked for is done.
                db.ChangeTracker.Clear();
            }
        }

        return RedirectToPage();
    }
}
