using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Infrastructure.Health;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>How long the oldest due delivery in the outbox has waited (a held delivery moves its due time on at every recheck).</summary>
public sealed class OutboxLagHealthCheck(ProtocolwachtDbContext db, TimeProvider time, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = Due(db, now);
        var oldest = await due.OrderBy(d => d.DueAt).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefaultAsync(cancellationToken);
        var waiting = oldest is null ? 0 : await due.CountAsync(cancellationToken);
        return Lag.Judge("Uitgaande berichten", oldest, now, options.Value.OutboxLagDegraded, options.Value.OutboxLagUnhealthy, waiting);
    }

    /// <summary>The deliveries a publisher should have picked up by <paramref name="now"/>; shared with <see cref="PublishingMetrics"/>.</summary>
    internal static IQueryable<Domain.Posts.Delivery> Due(ProtocolwachtDbContext db, DateTimeOffset now) =>
        db.Deliveries.AsNoTracking().Where(d => DeliveryClaimer.Claimable.Contains(d.Status) && d.DueAt <= now);
}
