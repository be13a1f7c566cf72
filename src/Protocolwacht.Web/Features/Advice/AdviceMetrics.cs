using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// The advice queue's instruments: <c>protocolwacht.advice.open</c> (requests waiting for a manager) and
/// <c>protocolwacht.advice.oldest_age</c> (seconds the oldest of them has waited since the author asked, 0 when none
/// waits; <see cref="AdviceAge.AskedAt"/>). Board-wide figures only: no school, manager or author as an attribute.
/// </summary>
public sealed class AdviceMetrics : IGauges
{
    public const string MeterName = AppTelemetry.Prefix + "Advice";

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;

    public AdviceMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _time = time;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("protocolwacht.advice.open", () => Open().Count, "{request}", "Advice requests waiting for a manager.");
        meter.CreateObservableGauge("protocolwacht.advice.oldest_age", () => Open().OldestSeconds, "s", "How long the oldest open advice request has waited.");
    }

    private (long Count, double OldestSeconds) Open()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        // Few requests are open at a time; the moment asked comes from the post's transitions, read with the post.
        var open = db.Posts.AsNoTracking().Where(p => p.State == PostState.AdviceRequested).ToList();
        if (open.Count == 0)
        {
            return (0, 0);
        }

        var now = _time.GetUtcNow();
        return (open.Count, open.Max(p => (now - AdviceAge.AskedAt(p)).TotalSeconds));
    }
}
