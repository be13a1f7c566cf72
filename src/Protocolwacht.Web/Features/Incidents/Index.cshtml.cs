using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>The incidents this person handles (administrators: all). Shows no description or people, so the list needs no access record.</summary>
[Authorize]
public sealed class IndexModel(IncidentRegister register, CurrentStaff current, TimeProvider time) : PageModel
{
    public IReadOnlyList<Incident> Incidents { get; private set; } = [];
    public OrganisationModel Organisation { get; private set; } = null!;
    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisation = await register.OrganisationAsync(cancellationToken);
        Incidents = await register.ListAsync(await current.GetAsync(cancellationToken), current.Roles, cancellationToken);
    }
}
