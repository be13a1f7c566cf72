namespace Protocolwacht.Web.Infrastructure.BackgroundJobs;

public abstract partial class RecurringJob
{
    /// <summary>
    /// Waits for a round under way on this instance to finish and keeps new rounds (the loop's and explicit ones) from
    /// starting until the returned handle is disposed. For whoever replaces the database under a running instance: the
    /// test host moving an app to a fresh database, where a publisher round that read a delivery from the old database
    /// wrote its sandbox publication into the new one (stop 58's CI run).
    /// </summary>
    public async Task<IAsyncDisposable> HoldRoundsAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new HeldRounds(_gate);
    }

    private sealed class HeldRounds(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
