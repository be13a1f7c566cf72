namespace Protocolwacht.TestSupport;

/// <summary>
/// What a test assembly does once its last test has run: stop what is still running for later tests (the pooled apps),
/// then the servers they used (a private PostgreSQL server), then remove the folders registered with
/// <see cref="TemporaryFolder.RemoveAtExit"/>. <see cref="CleanExitTestFramework"/>
/// runs it before xUnit reports the run finished, so the clean-up no longer depends on how the test host exits: vstest
/// kills a host 100 ms after its session unless told otherwise, and five app folders were left that way (stop 44's CI).
/// The process-exit handlers stay as a second chance for a run without that framework; after this they find nothing.
/// </summary>
public static class TestRunEnd
{
    /// <summary>The longest the run's end waits for what it stops; an app that will not stop must not hang the run.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly List<Func<Task>> Stoppers = [];
    private static readonly List<Func<Task>> Servers = [];

    /// <summary>Has <paramref name="stop"/> run at the end of the run, before the servers stop and the registered folders are removed.</summary>
    public static void Register(Func<Task> stop) => Add(Stoppers, stop);

    /// <summary>Has <paramref name="stop"/> run at the end of the run, once what used the server has stopped.</summary>
    public static void RegisterServer(Func<Task> stop) => Add(Servers, stop);

    /// <summary>Runs every registered stopper and then every server's stop (each at most once), then removes the registered folders.</summary>
    public static async Task RunAsync()
    {
        try
        {
            try
            {
                await Task.WhenAll(Take(Stoppers).Select(stop => stop())).WaitAsync(Patience);
            }
            finally
            {
                // A stopper that failed (or would not stop in time) must not leave a private PostgreSQL running.
                await Task.WhenAll(Take(Servers).Select(stop => stop())).WaitAsync(Patience);
            }
        }
        finally
        {
            TemporaryFolder.RemoveRegistered();
        }
    }

    private static void Add(List<Func<Task>> list, Func<Task> stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        lock (list)
        {
            list.Add(stop);
        }
    }

    private static Func<Task>[] Take(List<Func<Task>> list)
    {
        lock (list)
        {
            Func<Task>[] taken = [.. list];
            list.Clear();
            return taken;
        }
    }
}
