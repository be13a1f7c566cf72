using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Lets a connection that meets another writer's lock wait inside SQLite for as long as the lock is held. Without
/// a busy timeout SQLite answers SQLITE_BUSY at once and Microsoft.Data.Sqlite retries after sleeping 150 ms, so
/// every write that met another one took at least 150 ms: at 200 users that was the p99 of every request on the
/// embedded database (docs/benchmarks.md). SQLite's own busy handler retries within a few milliseconds of the lock
/// being released. The limit is the command timeout, after which SQLite answers busy as before.
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>As long as Microsoft.Data.Sqlite's default command timeout (30 s).</summary>
    public const int TimeoutMilliseconds = 30_000;

    public static SqliteBusyWait Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetTimeout(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetTimeout(connection);
        return Task.CompletedTask;
    }

    private static void SetTimeout(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, TimeoutMilliseconds);
        }
    }
}
