using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.PlatformAccounts;

/// <summary>An administrator's start page: every official account and whether it can publish now (its connection, in the reader's language).</summary>
internal sealed class ConnectionsHomeOverview(CheckerSnapshot checkers, ConnectorResolver connectors, Translate texts) : IHomeOverview
{
    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return null;
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var rows = new List<HomePanelRow>();
        foreach (var account in organisation.Accounts.OrderBy(a => a.Handle, StringComparer.CurrentCulture))
        {
            var channel = await connectors.ChannelForAsync(account.Id, cancellationToken);
            var state = channel is null ? "niet verbonden" : channel == "sandbox" ? "verbonden (sandbox)" : "verbonden";
            rows.Add(new HomePanelRow(ChannelNames.Label(account), texts(state), $"/accounts/edit/{account.Id}", Attention: channel is null));
        }

        // Accounts that cannot publish first: they need the administrator.
        rows = [.. rows.OrderByDescending(r => r.Attention)];
        return new HomePanel("connections", "Accounts en verbinding", 910, rows, "Er zijn nog geen accounts.",
            new HomeLink("/accounts", "Alle accounts", null, 0));
    }
}
