using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// The mail outbox's instruments: <c>protocolwacht.mail.lag</c> (seconds the oldest unsent mail has waited since it was
/// queued, 0 when none waits; see <see cref="MailLagHealthCheck"/> for why from queueing) and <c>protocolwacht.mail.unsent</c>.
/// Read from the database when a listener collects.
/// </summary>
public sealed class MailMetrics : IGauges
{
    public const string MeterName = AppTelemetry.Prefix + "Mail";

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;

    public MailMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _time = time;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("protocolwacht.mail.lag", () => Lag().Seconds, "s", "How long the oldest unsent mail has waited.");
        meter.CreateObservableGauge("protocolwacht.mail.unsent", () => Lag().Waiting, "{mail}", "Mails queued and not yet sent.");
    }

    private (double Seconds, long Waiting) Lag()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var now = _time.GetUtcNow();
        var unsent = db.OutgoingMails.AsNoTracking().Where(m => m.SentAt == null && m.GaveUpAt == null && m.CreatedAt <= now);
        var oldest = unsent.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefault();
        return oldest is { } at ? ((now - at).TotalSeconds, unsent.LongCount()) : (0, 0);
    }
}
