using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Protocolwacht.Web.Infrastructure.Health;

/// <summary>How long the oldest due item of an outbox has waited, judged against two thresholds.</summary>
public static class Lag
{
    public static HealthCheckResult Judge(string what, DateTimeOffset? oldestDue, DateTimeOffset now, TimeSpan degraded, TimeSpan unhealthy, int waiting)
    {
        if (oldestDue is not { } due || due > now)
        {
            return HealthCheckResult.Healthy($"{what}: niets te laat.");
        }

        var lag = now - due;
        var data = new Dictionary<string, object> { ["lagSeconds"] = (long)lag.TotalSeconds, ["waiting"] = waiting };
        var description = $"{what}: oudste wacht {(long)lag.TotalMinutes} min ({waiting} wachtend).";
        return lag > unhealthy ? HealthCheckResult.Unhealthy(description, data: data)
            : lag > degraded ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
