using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Lets a connection that meets another writer's lock wait inside SQLite for as long as the lock is held. Without
/// a busy timeout SQLite answers SQLITE_BUSY at once and Microsoft.Data.Sqlite retries after sleeping 150 ms, so
/// every write that met another one took at least 150 ms: at 200 users that was the p99 of every request on the
/// embedded database (docs/benchmarks.md). SQLite's own busy handler retries within a few milliseconds of the lock
/// being released. The limit is the connection string's <c>Default Timeout</c> (Microsoft.Data.Sqlite's own setting
/// for how long a command may take, 30 s unless set), after which SQLite answers busy as before: an operator who
/// sets it there sets both waits at once.
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>As long as Microsoft.Data.Sqlite's default command timeout (30 s), when the connection string sets none.</summary>
    public const int DefaultTimeoutMilliseconds = 30_000;

    public static SqliteBusyWait Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetTimeout(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetTimeout(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The busy wait for a connection whose <c>Default Timeout</c> is <paramref name="defaultTimeoutSeconds"/>. Zero
    /// means no limit to Microsoft.Data.Sqlite (it retries for ever), so SQLite waits as long as it can too.
    /// </summary>
    public static int TimeoutMilliseconds(int defaultTimeoutSeconds) => defaultTimeoutSeconds <= 0
        ? int.MaxValue
        : (int)Math.Min(defaultTimeoutSeconds * 1000L, int.MaxValue);

    private static void SetTimeout(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, TimeoutMilliseconds(sqlite.DefaultTimeout));
        }
    }
}
