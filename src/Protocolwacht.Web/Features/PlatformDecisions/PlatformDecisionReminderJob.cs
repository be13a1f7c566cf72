using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.PlatformDecisions;

/// <summary>
/// Reminds every administrator, once per decision, when an account's current decision reaches its review
/// date within <see cref="PlatformDecisionOptions.ReminderLead"/>. The reminder and the mark that it was
/// sent commit together; the mark is a concurrency token, so two instances never both remind.
/// </summary>
public sealed class PlatformDecisionReminderJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<PlatformDecisionOptions> options, ILogger<PlatformDecisionReminderJob> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = Time.GetUtcNow();
        var horizon = DateOnly.FromDateTime(DutchTime.ToLocal(now + options.Value.ReminderLead));
        var latest = (await db.PlatformDecisions.ToListAsync(cancellationToken))
            .GroupBy(d => d.AccountId).Select(g => g.MaxBy(d => d.Version)!)
            .Where(d => d.DpiaOutcome != Domain.PlatformDecisions.DpiaOutcome.Rejected && d.ReminderSentAt is null && d.ReviewDate <= horizon)
            .ToList();
        if (latest.Count == 0)
        {
            return 0;
        }

        var admins = await Administrators.StaffIdsAsync(db, cancellationToken);
        foreach (var decision in latest)
        {
            decision.MarkReminded(now);
            foreach (var admin in admins)
            {
                await notifier.NotifyAsync(
                    admin, "Besluit over een platform moet opnieuw beoordeeld worden",
                    $"Het besluit over het gebruik van het platform voor account {decision.AccountId} moet uiterlijk {(decision.ReviewDate is { } review ? DutchTime.FormatDay(review) : string.Empty)} opnieuw beoordeeld worden. Daarna kan er niet meer op gepubliceerd worden.",
                    "/platform-decisions", cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // another instance reminded first
        }

        return latest.Count;
    }
}
