using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>The use cases of the incident register; each commits once, with its notifications and access-log rows.</summary>
public sealed class IncidentRegister(ProtocolwachtDbContext db, CheckerSnapshot checkers, IncidentAccess access, Notifier notifier, TimeProvider time)
{
    public Task<OrganisationModel> OrganisationAsync(CancellationToken cancellationToken) => checkers.OrganisationAsync(cancellationToken);

    /// <summary>Registers a report; <paramref name="reportedBy"/> null for the public page. Returns the new id, or a Dutch error.</summary>
    /// <param name="alongside">Changes another feature stages in the same unit of work, given the new incident's id (a reaction it came from).</param>
    public async Task<(Guid? Id, string? Error)> ReportAsync(IncidentReport report, string? reportedBy, CancellationToken cancellationToken, Action<Guid>? alongside = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var organisation = await OrganisationAsync(cancellationToken);
        var school = organisation.FindSchool(report.SchoolId);
        if (school is null)
        {
            return (null, "Kies de school waar het incident over gaat.");
        }

        if (report.Category is not { } category)
        {
            return (null, "Kies wat voor incident het is.");
        }

        var people = report.People.Where(p => !string.IsNullOrWhiteSpace(p.Role))
            .Select(p => new IncidentPerson(p.Role!.Trim(), string.IsNullOrWhiteSpace(p.Description) ? null : p.Description.Trim())).ToList();
        var discovered = report.DiscoveredAt is { } local ? DutchTime.ToUtc(local) : (DateTimeOffset?)null;
        var handler = access.HandlerFor(organisation, school.Id);
        var incident = Incident.Report(
            Guid.NewGuid(), school.Id, category, report.Severity, report.Description, reportedBy,
            reportedBy is null ? report.ReporterContact : null, people, discovered, handler, time.GetUtcNow(), out var error);
        if (incident is null)
        {
            return (null, error);
        }

        db.Incidents.Add(incident);
        alongside?.Invoke(incident.Id);
        foreach (var recipient in await RecipientsAsync(incident, organisation, cancellationToken))
        {
            // No details in the notice (it may go by mail): the category and the school, and a link.
            await notifier.NotifyAsync(recipient, "Nieuw incident gemeld", $"Nieuw incident bij {school.Name}: {category.ToDutch()}.", Link(incident.Id), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (incident.Id, null);
    }

    /// <summary>The incidents this person may see, newest first.</summary>
    public async Task<IReadOnlyList<Incident>> ListAsync(StaffMember? staff, AppRoleClaims roles, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationAsync(cancellationToken);
        var all = await db.Incidents.AsNoTracking().ToListAsync(cancellationToken);
        return [.. all.Where(i => access.CanSee(i, organisation, staff, roles)).OrderByDescending(i => i.ReportedAt)];
    }

    /// <summary>Opens an incident for reading and records the view; null when it does not exist or this person may not see it.</summary>
    public async Task<Incident?> OpenAsync(Guid id, StaffMember? staff, string staffId, AppRoleClaims roles, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null || !access.CanSee(incident, await OrganisationAsync(cancellationToken), staff, roles))
        {
            return null;
        }

        db.IncidentViews.Add(new IncidentView(Guid.NewGuid(), id, staffId, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    public async Task<IReadOnlyList<IncidentView>> ViewsAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.IncidentViews.AsNoTracking().Where(v => v.IncidentId == id).ToListAsync(cancellationToken)).OrderByDescending(v => v.At).ToList();

    /// <summary>Applies one handler's step (an action, a task, the datalek decision, the closure); null when saved, else a Dutch error.</summary>
    public async Task<string?> ChangeAsync(Guid id, StaffMember? staff, AppRoleClaims roles, Func<Incident, DateTimeOffset, string?> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null || !access.CanSee(incident, await OrganisationAsync(cancellationToken), staff, roles))
        {
            return "Dit incident bestaat niet of je hebt er geen toegang toe.";
        }

        if (step(incident, time.GetUtcNow()) is { } error)
        {
            return error;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Iemand anders heeft dit incident net gewijzigd; bekijk het opnieuw en probeer het nog eens.";
        }
    }

    /// <summary>
    /// Who hears of an incident: its handler (administrators when there is none) and the incidentbehandelaars;
    /// for a data breach also the privacy officer(s): the privacyfunctionaris role and the configured one,
    /// administrators when there is neither.
    /// </summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(Incident incident, OrganisationModel organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var admins = await Administrators.StaffIdsAsync(db, cancellationToken);
        var recipients = new List<string>(incident.HandlerId is { } handler ? [handler] : admins);
        recipients.AddRange(await Administrators.StaffIdsInRoleAsync(db, AppRoles.IncidentHandler, cancellationToken));
        if (incident.IsDataBreach)
        {
            var officers = (await Administrators.StaffIdsInRoleAsync(db, AppRoles.PrivacyOfficer, cancellationToken)).ToList();
            officers.AddRange(access.PrivacyOfficer(organisation) is { } configured ? [configured] : []);
            recipients.AddRange(officers.Count > 0 ? officers : admins);
        }

        return [.. recipients.Distinct(StringComparer.Ordinal)];
    }

    public static string Link(Guid id) => $"/incidents/{id}";
}
