using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Organisation;

internal sealed class OrganisationHomeAction : IHomeAction
{
    public Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        IReadOnlyList<HomeLink> links =
        [
            new HomeLink("/organisation", "Organisatie", "Scholen, medewerkers en leerlingen.", 700),
            .. isAdmin
                ? [
                    new HomeLink("/organisation/import", "Organisatie importeren", "Een organisatiebestand inlezen.", 960),
                    new HomeLink("/organisation/pupils/import", "Leerlingen importeren", "Een leerlingenexport uit ParnasSys, Magister of Somtoday inlezen.", 961),
                    new HomeLink("/organisation/staff/import", "Medewerkers importeren", "Een export uit het personeelssysteem inlezen.", 962),
                ]
                : Array.Empty<HomeLink>(),
        ];
        return Task.FromResult(links);
    }
}
