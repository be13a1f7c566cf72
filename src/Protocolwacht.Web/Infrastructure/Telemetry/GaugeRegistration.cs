namespace Protocolwacht.Web.Infrastructure.Telemetry;

/// <summary>Constructs every feature's <see cref="IGauges"/> at start-up, so their instruments are there for the first collection.</summary>
public sealed class GaugeRegistration(IEnumerable<IGauges> gauges) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = gauges.Count();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
