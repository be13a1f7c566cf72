using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Web.Infrastructure.Database;

/// <summary>
/// Keeps enough thread-pool threads ready when the app runs on SQLite. Microsoft.Data.Sqlite runs its "async"
/// calls synchronously, and a write that meets another connection's write lock waits inside SQLite
/// (<see cref="SqliteBusyWait"/>) on the pool thread it runs on. Under load those waits hold pool threads; past its
/// minimum the pool adds threads only slowly, so every other request, the live check too, queued behind them:
/// at 200 users the live check's p99 was 104–123 ms with the default minimum and 8.8 ms with a minimum of 100
/// (docs/benchmarks.md). PostgreSQL's driver is asynchronous and needs none of this.
/// </summary>
public static class SqliteThreadReserve
{
    public const int MinimumWorkerThreads = 100;

    public static void ApplyFor(DatabaseProvider provider)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < MinimumWorkerThreads)
        {
            ThreadPool.SetMinThreads(MinimumWorkerThreads, completionPorts);
        }
    }
}
