using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// The insight on the start page of whoever may open it (<see cref="InsightReach"/>: an administrator, a director, a
/// member of the College van Bestuur). Until stop 50 only the menu's registers led there, so a board member, whose
/// start page offers writing posts and answering advice, did not find the one page made for overseeing the board.
/// The description says whose figures the page shows.
/// </summary>
internal sealed class InsightHomeAction(InsightReach reach) : IHomeAction
{
    public async Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        var (allowed, schools, _) = await reach.GetAsync(cancellationToken);
        if (!allowed)
        {
            return [];
        }

        return
        [
            schools is null
                ? new HomeLink("/insight", "Inzicht", "Waar het protocol onder druk staat, voor het hele bestuur: bevindingen per school, categorie en maand.", 700)
                : new HomeLink("/insight", "Inzicht", "Waar het protocol onder druk staat op je school: bevindingen per categorie, account en maand.", 700),
        ];
    }
}
