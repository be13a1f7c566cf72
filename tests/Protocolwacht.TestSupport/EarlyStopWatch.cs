using Microsoft.Extensions.Hosting;

namespace Protocolwacht.TestSupport;

/// <summary>
/// Puts the test app's early-stop note (<see cref="ProtocolwachtApp"/>) on its host's lifetime before any hosted service
/// starts (<see cref="IHostedLifecycleService.StartingAsync"/> runs before every <c>StartAsync</c>), so a stop during the
/// start (a background service that faults at once, a signal) is noted with the stack it came from. Registered once the
/// start had returned, as before tests18, a stop already under way ran the note at once on the test's own thread: the
/// note then named the test's <c>StartAsync</c> as the stop's origin, the one thing it certainly was not.
/// </summary>
internal sealed class EarlyStopWatch(IHostApplicationLifetime lifetime, Action onStopping) : IHostedLifecycleService, IDisposable
{
    private CancellationTokenRegistration _registration;

    // The token itself, not the lifetime: read after the host is gone, when its sources may be disposed.
    private CancellationToken _stopping = new(canceled: false);
    private bool _watching;

    /// <summary>Whether the host reached its start's first step, where the watch began.</summary>
    public bool Watching => Volatile.Read(ref _watching);

    /// <summary>Whether the host's lifetime has begun to stop (also after the host is disposed).</summary>
    public bool Stopping => _stopping.IsCancellationRequested;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _stopping = lifetime.ApplicationStopping;
        _registration = _stopping.Register(onStopping);
        Volatile.Write(ref _watching, true);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _registration.Dispose();
}
