using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>Puts "acknowledge the protocol" first on the home page until it is done; admins get the overview.</summary>
internal sealed class ProtocolHomeAction(IProtocolAcknowledgements acknowledgements) : IHomeAction
{
    public async Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        var links = new List<HomeLink>();
        if (await acknowledgements.HasAcknowledgedCurrentAsync(staff.Id, cancellationToken))
        {
            links.Add(new HomeLink("/protocol", "Social media protocol", "Je hebt het protocol gelezen en begrepen.", 500));
        }
        else
        {
            links.Add(new HomeLink("/protocol#bevestigen", "Social media protocol", "Lees het protocol en bevestig dat je het gelezen en begrepen hebt.", 0, Urgent: true));
        }

        if (isAdmin)
        {
            links.Add(new HomeLink("/protocol/acknowledgements", "Kennisname", "Wie heeft het protocol nog niet bevestigd?", 910));
            links.Add(new HomeLink("/protocol/versions", "Protocolversies", "Een nieuwe versie publiceren.", 920));
        }

        return links;
    }
}
