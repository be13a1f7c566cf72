using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Organisation;

internal sealed class OrganisationHomeAction : IHomeAction
{
    public Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        IReadOnlyList<HomeLink> links = [new HomeLink("/organisation", "Organisatie", "Scholen, medewerkers en leerlingen.", 700)];
        return Task.FromResult(links);
    }
}
