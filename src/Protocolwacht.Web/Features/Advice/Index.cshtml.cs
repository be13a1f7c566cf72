using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// A manager's advice queue: requests addressed to them, longest waiting first, each with its wait in working days
/// and overdue ones marked. Managers also say here that they are away: open requests move to the next one up.
/// </summary>
public sealed class IndexModel(ProtocolwachtDbContext db, CheckerSnapshot checkers, AdviceWorkflow advice, TimeProvider time) : PageModel
{
    public IReadOnlyList<Post> Requests { get; private set; } = [];
    public OrganisationModel Organisation { get; private set; } = null!;
    public bool Absent { get; private set; }
    public DateTimeOffset Now { get; private set; }

    /// <summary>How many open requests moved to the next manager when this manager reported being away (after the redirect).</summary>
    [BindProperty(SupportsGet = true, Name = "doorgestuurd")]
    public int? Moved { get; set; }

    public string? Problem { get; private set; }

    public string NameOf(string id) => Organisation.FindStaff(id)?.Name ?? id;

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
        Absent = await db.StaffAbsences.AnyAsync(a => a.StaffId == me, cancellationToken);
    }

    public async Task<IActionResult> OnPostAbsenceAsync(bool absent, CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        if (absent)
        {
            var (result, moved) = await advice.ReportAbsentAsync(me, cancellationToken);
            if (!result.Succeeded)
            {
                Problem = result.Error;
                await OnGetAsync(cancellationToken);
                return Page();
            }

            return RedirectToPage(new { doorgestuurd = moved });
        }

        if (await db.StaffAbsences.SingleOrDefaultAsync(a => a.StaffId == me, cancellationToken) is { } row)
        {
            db.StaffAbsences.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage();
    }
}
