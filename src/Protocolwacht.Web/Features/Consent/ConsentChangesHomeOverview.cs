using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>An administrator's start page: the latest changes in the consent register (who, which purpose, the new value).</summary>
internal sealed class ConsentChangesHomeOverview(ProtocolwachtDbContext db, CheckerSnapshot checkers) : IHomeOverview
{
    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return null;
        }

        var changes = await db.ConsentChanges.AsNoTracking().Where(c => c.ChangedBy != "import")
            .OrderByDescending(c => c.Sequence).Take(5).ToListAsync(cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var rows = changes.Select(c => new HomePanelRow(
            $"{organisation.FindStudent(c.StudentId)?.Name ?? c.StudentId}: {c.PurposeCode}",
            $"{(ConsentValueCodes.TryParse(c.Value, out var v) ? v.ToDutch() : c.Value)}{(c.WithdrawnAt is null ? "" : " (ingetrokken)")} · {DutchTime.Format(c.ChangedAt)}",
            $"/consent/students/{Uri.EscapeDataString(c.StudentId)}")).ToList();
        return new HomePanel("consent-changes", "Recente wijzigingen in toestemmingen", 930, rows,
            "Er is nog niets gewijzigd sinds de import.", new HomeLink("/consent", "Toestemmingsregister", null, 0));
    }
}
