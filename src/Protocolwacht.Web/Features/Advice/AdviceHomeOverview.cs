using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// A manager's start page: the advice requests waiting for them, oldest first, with how many working days each has waited.
/// The row's details are put in the reader's language here (<see cref="Translate"/>), part by part; the post's words stay as written.
/// </summary>
internal sealed class AdviceHomeOverview(ProtocolwachtDbContext db, CheckerSnapshot checkers, TimeProvider time, Translate texts) : IHomeOverview
{
    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var waiting = await db.Posts.AsNoTracking()
            .Where(p => p.State == PostState.AdviceRequested && p.ApproverId == staff.Id).ToListAsync(cancellationToken);
        if (waiting.Count == 0 && staff.Role is not (StaffRole.Directie or StaffRole.Cvb))
        {
            return null;
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var now = time.GetUtcNow();
        var rows = waiting.OrderBy(AdviceAge.AskedAt).Take(5).Select(p => new HomePanelRow(
            Excerpt.Of(p.Text, 80),
            string.Join(" · ", texts($"gevraagd door {organisation.StaffName(p.AuthorId)}"), texts(AdviceAge.Dutch(AdviceAge.WorkingDaysWaited(p, now)))),
            PostLinks.Page(p.Id),
            Attention: AdviceAge.IsOverdue(p, now))).ToList();
        return new HomePanel("advice-waiting", "Advies gevraagd", 10, rows, "Er wachten geen adviesvragen op jou.",
            new HomeLink("/advice", "Alle adviesvragen", null, 0));
    }
}
