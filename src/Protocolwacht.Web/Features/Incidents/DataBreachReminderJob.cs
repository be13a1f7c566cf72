using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// The datalek clock's reminders: 24 and 48 hours after discovery the handler and the privacy officer
/// are told how long is left of the 72 hours (AVG art. 33). Due moments follow from the stored moment of
/// discovery, so a restart neither loses nor repeats a reminder: the reminder and its mark commit
/// together, and the incident's version keeps two instances from both sending it.
/// </summary>
public sealed class DataBreachReminderJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<IncidentOptions> options, ILogger<DataBreachReminderJob> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.ReminderInterval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var register = scope.ServiceProvider.GetRequiredService<IncidentRegister>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = Time.GetUtcNow();
        var open = await db.Incidents.Where(i => i.IsDataBreach && i.ClosedAt == null && i.ReportedToAuthority == null).ToListAsync(cancellationToken);
        var due = open.Select(i => (Incident: i, Reminders: i.DueReminders(now))).Where(x => x.Reminders.Count > 0).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var organisation = await register.OrganisationAsync(cancellationToken);
        foreach (var (incident, reminders) in due)
        {
            foreach (var after in reminders)
            {
                incident.MarkReminder(after, now);
            }

            var school = organisation.FindSchool(incident.SchoolId)?.Name ?? incident.SchoolId;
            var deadline = DataBreachClock.Deadline(incident.DiscoveredAt!.Value);
            var text = $"Datalek bij {school}: {DataBreachClock.RemainingInDutch(incident.DiscoveredAt.Value, now)} om te beslissen over melding bij de Autoriteit Persoonsgegevens (uiterlijk {DutchTime.Format(deadline)} Nederlandse tijd).";
            foreach (var recipient in await register.RecipientsAsync(incident, organisation, cancellationToken))
            {
                await notifier.NotifyAsync(recipient, "Datalek: meldtermijn loopt", text, IncidentRegister.Link(incident.Id), cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // another instance sent them first
        }

        return due.Count;
    }
}
