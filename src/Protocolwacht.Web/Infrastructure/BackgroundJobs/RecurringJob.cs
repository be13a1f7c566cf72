namespace Protocolwacht.Web.Infrastructure.BackgroundJobs;

/// <summary>
/// A job that runs in rounds on every app instance, for the life of the process. A round does the work
/// that is due now and returns how much it did; after a round that did something the next one starts at
/// once, after an idle round the job waits <see cref="Interval"/> on the injected <see cref="TimeProvider"/>
/// (so a fake clock drives it in tests). A round that throws is logged and retried after the interval:
/// a job outlives a database or network hiccup.
/// </summary>
/// <remarks>
/// Rounds of one job never overlap within an instance (<see cref="RunOnceAsync"/> holds a gate, also when
/// a test or a page calls it). Across instances a job keeps its rows apart itself: the outbox jobs claim
/// rows with a lease held by <see cref="LeaseOwner"/>; other jobs rely on concurrency tokens. Register a
/// job with <see cref="RecurringJobRegistration.AddRecurringJob{TJob}"/>.
/// </remarks>
public abstract partial class RecurringJob(TimeProvider time, ILogger logger) : BackgroundService
{
    // A guard against a round that keeps finding the same item due; no real backlog comes near it.
    private const int MaxRoundsUntilIdle = 1_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource _firstIdle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>This instance's name in lease columns: unique per process start, at most 90 characters.</summary>
    public string LeaseOwner { get; } = NewLeaseOwner();

    /// <summary>False when configuration turns the job off on this instance; it then never starts a round by itself.</summary>
    public virtual bool IsEnabled => true;

    /// <summary>How long the job waits after a round that found nothing to do (or failed).</summary>
    protected abstract TimeSpan Interval { get; }

    protected TimeProvider Time { get; } = time;

    /// <summary>
    /// When a round last started (on <see cref="Time"/>); null before the first. The background loop starts
    /// one at least every <see cref="Interval"/>, so the health check counts a heartbeat several intervals
    /// old as a stuck loop (a round hanging on a dead connection holds the gate and beats no more).
    /// </summary>
    public DateTimeOffset? LastHeartbeat { get; private set; }

    /// <summary>The longest the loop rests between two heartbeats when all is well.</summary>
    public TimeSpan HeartbeatInterval => Interval;

    protected ILogger Logger { get; } = logger;

    /// <summary>
    /// Completes when the background loop first waits for <see cref="Interval"/> (its startup rounds are over and
    /// only the clock starts the next one), or when it will run no round (disabled, stopped). Since .NET 10 the host
    /// runs all of <see cref="ExecuteAsync"/> on the thread pool, so the first round can start after the host has
    /// started: whoever must not race it (a test's arrange steps) waits for this.
    /// </summary>
    public Task FirstIdle => _firstIdle.Task;

    /// <summary>Does the work that is due now; returns how many items it handled (0: nothing was due).</summary>
    protected abstract Task<int> RunRoundAsync(CancellationToken cancellationToken);

    /// <summary>Runs one round now, after any round already under way on this instance has finished.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            LastHeartbeat = Time.GetUtcNow();
            return await RunRoundAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs rounds until one finds nothing due; returns the items handled in all of them.</summary>
    public async Task<int> RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        for (var round = 0; round < MaxRoundsUntilIdle; round++)
        {
            var handled = await RunOnceAsync(cancellationToken);
            if (handled == 0)
            {
                return total;
            }

            total += handled;
        }

        throw new InvalidOperationException($"{GetType().Name} still had work after {MaxRoundsUntilIdle} rounds; a round that handles an item must move it out of the due set.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopped = stoppingToken.Register(() => _firstIdle.TrySetResult());
        if (!IsEnabled)
        {
            _firstIdle.TrySetResult();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    _firstIdle.TrySetResult();
                    await Task.Delay(Interval, Time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a job must outlive a failing round; what it did not finish is due again next round
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRoundFailed(Logger, GetType().Name, ex);
                _firstIdle.TrySetResult();
                try
                {
                    await Task.Delay(Interval, Time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    // The lease owner columns hold 90 characters; a long host name is cut, the unique suffix is kept.
    private static string NewLeaseOwner()
    {
        var suffix = $"-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var host = Environment.MachineName;
        return host[..Math.Min(host.Length, 90 - suffix.Length)] + suffix;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of {Job} failed; trying again after its interval.")]
    private static partial void LogRoundFailed(ILogger logger, string job, Exception exception);
}
