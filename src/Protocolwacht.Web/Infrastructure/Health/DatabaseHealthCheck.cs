using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Infrastructure.Health;

/// <summary>The database answers, and every migration this build knows has been applied to it.</summary>
public sealed class DatabaseHealthCheck(ProtocolwachtDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Database niet bereikbaar.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("Database bereikbaar, alle migraties toegepast.")
                : HealthCheckResult.Unhealthy($"Database bereikbaar, maar {pending} migratie(s) nog niet toegepast.", data: new Dictionary<string, object> { ["pendingMigrations"] = pending });
        }
#pragma warning disable CA1031 // any failure to reach the database is the answer, not an error of the check
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Database niet bereikbaar.");
        }
    }
}
