using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>An administrator's start page: who has not yet acknowledged the current protocol version (the row's words in the reader's language, names as they are).</summary>
internal sealed class AcknowledgementsHomeOverview(IProtocolAcknowledgements acknowledgements, CheckerSnapshot checkers, Translate texts) : IHomeOverview
{
    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return null;
        }

        var pending = (await acknowledgements.StatusOfCurrentAsync(cancellationToken)).Where(a => a.AcknowledgedAt is null).ToList();
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var rows = pending.Take(6).Select(a => new HomePanelRow(a.Name, texts(SchoolNames.Of(organisation, a.SchoolId)), null)).ToList();
        if (pending.Count > rows.Count)
        {
            rows.Add(new HomePanelRow(texts($"en nog {pending.Count - rows.Count} anderen"), null, "/protocol/acknowledgements"));
        }

        return new HomePanel("not-acknowledged", $"Protocol nog niet gelezen ({pending.Count})", 920, rows,
            "Iedereen heeft de huidige versie gelezen en begrepen.", new HomeLink("/protocol/acknowledgements", "Kennisname", null, 0));
    }
}
