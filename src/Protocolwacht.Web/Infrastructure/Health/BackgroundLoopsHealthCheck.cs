using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Infrastructure.Health;

/// <summary>
/// The publisher and the mail sender of this instance are running: their loop has not ended and its last
/// heartbeat (<see cref="RecurringJob.LastHeartbeat"/>, on the app's <see cref="TimeProvider"/>) is recent.
/// A job switched off by configuration is reported as such and counts as healthy.
/// </summary>
public sealed class BackgroundLoopsHealthCheck(PublisherService publisher, MailSenderService mail, TimeProvider time, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var states = new[] { ("publisher", State(publisher, now)), ("mail", State(mail, now)) };
        var data = states.ToDictionary(s => s.Item1, s => (object)s.Item2);
        var stopped = states.Where(s => s.Item2 is "gestopt" or "vastgelopen").Select(s => $"{s.Item1} {s.Item2}").ToList();
        return Task.FromResult(stopped.Count == 0
            ? HealthCheckResult.Healthy("Achtergrondtaken lopen.", data)
            : HealthCheckResult.Unhealthy($"Achtergrondtaak {string.Join(", ", stopped)}.", data: data));
    }

    private string State(RecurringJob job, DateTimeOffset now)
    {
        if (!job.IsEnabled)
        {
            return "uitgeschakeld";
        }

        if (job.ExecuteTask is not { IsCompleted: false })
        {
            return "gestopt";
        }

        var allowed = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks, job.HeartbeatInterval.Ticks * options.Value.MissedHeartbeats));
        return job.LastHeartbeat is { } beat && now - beat > allowed ? "vastgelopen" : "loopt";
    }
}
