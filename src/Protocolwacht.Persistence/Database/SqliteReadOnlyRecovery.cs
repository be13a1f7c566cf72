using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Keeps a connection that SQLite could only open read-only out of the connection pool. SQLite opens a database
/// file it may not write read-only, and such a connection stays read-only for its whole life: pooled, it would
/// refuse every write after the file was made writable again, until a restart. Cleared from the pool at once,
/// it is closed after use, and the next connection opens the file as it is then.
/// </summary>
public sealed class SqliteReadOnlyRecovery : DbConnectionInterceptor
{
    public static SqliteReadOnlyRecovery Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => KeepOutOfPoolIfReadOnly(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        KeepOutOfPoolIfReadOnly(connection);
        return Task.CompletedTask;
    }

    private static void KeepOutOfPoolIfReadOnly(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && SQLitePCL.raw.sqlite3_db_readonly(handle, "main") == 1)
        {
            SqliteConnection.ClearPool(sqlite);
        }
    }
}
