using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Keeps SQLite's write-ahead log and its shared-memory index on the disk when the last connection closes (persistent
/// WAL, <c>SQLITE_FCNTL_PERSIST_WAL</c>). By default SQLite deletes both files with the last connection, and the next
/// connection must find fresh disk space for the 32 KB index before it can read a single row. Microsoft.Data.Sqlite
/// closes pooled connections that were idle for two to four minutes, so on a quiet server the next request opened the
/// database afresh: with the disk full by then, every page answered 500 ("disk I/O error"), reads included (issue #16).
/// Kept, the index is rebuilt in the space of its own file, and a full disk refuses only writes, with the Dutch
/// "schijf vol" answer. Holding a connection open instead would have done the same for reads, but a connection that
/// stays open makes SQLite hand closed connections' read-write file handles to new connections, so a database file
/// made read-only would still be written (<see cref="SqliteReadOnlyRecovery"/>).
/// </summary>
public sealed class SqliteKeptLog : DbConnectionInterceptor
{
    private const int PersistWal = 10; // SQLITE_FCNTL_PERSIST_WAL

    public static SqliteKeptLog Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => KeepLog(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        KeepLog(connection);
        return Task.CompletedTask;
    }

    // False once the native call proved unavailable (a SQLite bundle without the export): the database then works as
    // before this class, with the log deleted by the last connection, instead of failing every connection.
    private static volatile bool available = true;

    private static void KeepLog(DbConnection connection)
    {
        if (!available || connection is not SqliteConnection { Handle: { } handle })
        {
            return;
        }

        try
        {
            var on = 1;
            _ = NativeMethods.FileControl(handle.DangerousGetHandle(), IntPtr.Zero, PersistWal, ref on); // a null name is "main"
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            available = false;
        }
    }

    private static class NativeMethods
    {
        // SQLitePCLRaw 2.1 does not expose sqlite3_file_control; this binds to the same native library its provider uses.
        [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control")]
        public static extern int FileControl(IntPtr database, IntPtr databaseName, int operation, ref int argument);
    }
}
