using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// A manager's advice queue: requests addressed to them, oldest deadline first. Managers also say here
/// that they are away, so new requests go to the next one up.
/// </summary>
public sealed class IndexModel(ProtocolwachtDbContext db, CheckerSnapshot checkers, TimeProvider time) : PageModel
{
    public IReadOnlyList<Post> Requests { get; private set; } = [];
    public OrganisationModel Organisation { get; private set; } = null!;
    public bool Absent { get; private set; }

    public string NameOf(string id) => Organisation.FindStaff(id)?.Name ?? id;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        Organisation = await checkers.OrganisationAsync(cancellationToken);
        var requests = await db.Posts.AsNoTracking()
            .Where(p => p.State == PostState.AdviceRequested && p.ApproverId == me).ToListAsync(cancellationToken);
        Requests = [.. requests.OrderBy(p => p.AdviceDeadline ?? DateTimeOffset.MaxValue).ThenBy(p => p.UpdatedAt)];
        Absent = await db.StaffAbsences.AnyAsync(a => a.StaffId == me, cancellationToken);
    }

    public async Task<IActionResult> OnPostAbsenceAsync(bool absent, CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        var row = await db.StaffAbsences.SingleOrDefaultAsync(a => a.StaffId == me, cancellationToken);
        if (absent && row is null)
        {
            db.StaffAbsences.Add(new StaffAbsence { StaffId = me, Since = time.GetUtcNow() });
        }
        else if (!absent && row is not null)
        {
            db.StaffAbsences.Remove(row);
        }

        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }
}
