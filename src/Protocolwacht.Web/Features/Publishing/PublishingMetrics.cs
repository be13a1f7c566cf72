using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// The publisher's instruments: <c>protocolwacht.deliveries</c> (outcomes of delivery rounds by outcome, kind and
/// channel), <c>protocolwacht.outbox.lag</c> (seconds the oldest due delivery has waited, 0 when none waits) and
/// <c>protocolwacht.outbox.due</c> (due deliveries), and a <c>protocolwacht.delivery</c> span per claimed delivery.
/// The gauges read the database when a listener collects (once per export interval), on the calling thread.
/// </summary>
public sealed class PublishingMetrics : IGauges
{
    public const string MeterName = AppTelemetry.Prefix + "Publishing";

    public static readonly ActivitySource Source = new(MeterName);

    private readonly Counter<long> _deliveries;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;

    public PublishingMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _time = time;
        var meter = meters.Create(MeterName);
        _deliveries = meter.CreateCounter<long>("protocolwacht.deliveries", "{delivery}", "Delivery rounds, by outcome (published, failed, retrying, unknown, awaiting_person, held), kind and channel.");
        meter.CreateObservableGauge("protocolwacht.outbox.lag", () => Lag().Seconds, "s", "How long the oldest due delivery has waited.");
        meter.CreateObservableGauge("protocolwacht.outbox.due", () => Lag().Waiting, "{delivery}", "Deliveries due and not yet done.");
    }

    public void Record(Delivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        Record(delivery, delivery.Status switch
        {
            DeliveryStatus.AwaitingPerson => "awaiting_person",
            var status => status.ToString().ToLowerInvariant(),
        });
    }

    public void RecordHeld(Delivery delivery) => Record(delivery, "held");

    private void Record(Delivery delivery, string outcome)
    {
        _deliveries.Add(1,
            new KeyValuePair<string, object?>("outcome", outcome),
            new KeyValuePair<string, object?>("kind", delivery.Kind.ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("channel", delivery.Channel));
        Activity.Current?.SetTag("outcome", outcome);
    }

    private (double Seconds, long Waiting) Lag()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var now = _time.GetUtcNow();
        var due = OutboxLagHealthCheck.Due(db, now);
        var oldest = due.OrderBy(d => d.DueAt).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault();
        return oldest is { } at ? ((now - at).TotalSeconds, due.LongCount()) : (0, 0);
    }
}
