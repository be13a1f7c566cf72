using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>The yearly overview per school for the board (administrators); without personal data, so opening it is not an incident view.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class OverviewModel(ProtocolwachtDbContext db, CheckerSnapshot checkers) : PageModel
{
    public IReadOnlyList<YearOverview> Rows { get; private set; } = [];
    public OrganisationModel Organisation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisation = await checkers.OrganisationAsync(cancellationToken);
        Rows = YearOverview.From(await db.Incidents.AsNoTracking().ToListAsync(cancellationToken));
    }
}
