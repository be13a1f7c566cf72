using Microsoft.Data.Sqlite;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// Another program holding a SQLite database locked against readers and writers alike: a connection in exclusive
/// locking mode inside a write transaction (as a long migration or a copy tool would). Disposing lets go.
/// </summary>
internal sealed class SqliteLock : IDisposable
{
    private readonly SqliteConnection _connection;

    public SqliteLock(string file)
    {
        _connection = new SqliteConnection($"Data Source={file};Pooling=False");
        _connection.Open();
        // In WAL mode readers go on beside a writer; only a connection in exclusive locking mode keeps them out.
        Execute("PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE lock_holder(x INTEGER);");
    }

    /// <summary>Whether a plain reader without waiting is refused now: shows the lock is real before a test relies on it.</summary>
    public static bool RefusesReaders(string file)
    {
        using var reader = new SqliteConnection($"Data Source={file};Pooling=False;Default Timeout=1");
        try
        {
            reader.Open();
            using var command = reader.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master;";
            command.ExecuteScalar();
            return false;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            return true;
        }
    }

    public void Dispose()
    {
        Execute("ROLLBACK;");
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
