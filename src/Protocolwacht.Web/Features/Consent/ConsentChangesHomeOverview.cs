using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>An administrator's start page: the latest changes in the consent register (who, which purpose by its name, the new value, in the reader's language).</summary>
internal sealed class ConsentChangesHomeOverview(ProtocolwachtDbContext db, CheckerSnapshot checkers, Translate texts) : IHomeOverview
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
        var purposes = await db.ConsentPurposes.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, StringComparer.Ordinal, cancellationToken);
        var rows = changes.Select(c => new HomePanelRow(
            $"{organisation.FindStudent(c.StudentId)?.Name ?? c.StudentId}: {texts(purposes.GetValueOrDefault(c.PurposeCode) ?? c.PurposeCode)}",
            Details(c),
            $"/consent/students/{Uri.EscapeDataString(c.StudentId)}")).ToList();
        return new HomePanel("consent-changes", "Recente wijzigingen in toestemmingen", 930, rows,
            "Er is nog niets gewijzigd sinds de import.", new HomeLink("/consent", "Toestemmingsregister", null, 0));
    }

    // The new value and when, in the reader's language; the moment in Amsterdam time, written as the reader writes dates.
    private string Details(ConsentChangeEntity change)
    {
        var value = texts(ConsentValueCodes.TryParse(change.Value, out var v) ? v.ToDutch() : change.Value);
        var withdrawn = change.WithdrawnAt is null ? string.Empty : $" ({texts("ingetrokken")})";
        return $"{value}{withdrawn} · {Display.Moment(change.ChangedAt)}";
    }
}
