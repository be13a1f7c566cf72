using Microsoft.Data.Sqlite;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Infrastructure.Database;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Issue #16, failure injection at start: the real app (a process of its own, as systemd starts it) on a SQLite
/// database whose write-ahead log and index are gone (after a crash, or an older version's last close) on a disk that
/// is full to the last byte. SQLite cannot read a row then, so the app cannot start; what the administrator reads must
/// say why in Dutch, name the folder and exit with <see cref="DatabaseStartFailure.ExitCode"/>, not a stack trace.
/// </summary>
public class SqliteStartTests
{
    [Fact]
    public async Task StartOnAFullDisk_WithoutTheLogsIndex_ExitsWithTheDutchReason_NotAStackTrace()
    {
        using var disk = SmallDisk.Mount(64);
        var database = Path.Combine(disk.Path, "protocolwacht.db");
        await using (await ProtocolwachtApp.StartAsync(o => o.Settings["Database:DataDirectory"] = disk.Path))
        {
            // Migrated and seeded on the small disk; stopped below, as a server is before it starts again.
        }

        DatabaseInitializer.ReleaseSqliteFiles();
        File.Delete(database + "-wal");
        File.Delete(database + "-shm");
        disk.Fill();

        // The failure is real: on this disk SQLite itself cannot read a row (it must make the index first).
        var refused = Assert.Throws<SqliteException>(() => CountSchools(database));
        Assert.Equal(10, refused.SqliteErrorCode); // SQLITE_IOERR: "disk I/O error"

        var start = await PublisherProcess.RunUntilItStopsAsync($"Data Source={database}", new Dictionary<string, string>(), TimeSpan.FromSeconds(90));

        Assert.Equal(DatabaseStartFailure.ExitCode, start.ExitCode);
        Assert.Contains($"Protocolwacht kan niet starten: de schijf met de database ({disk.Path}) is vol.", start.Error, StringComparison.Ordinal);
        Assert.Contains("Maak ruimte op die schijf en start opnieuw. Er is niets gewijzigd.", start.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", start.Error + start.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", start.Error + start.Out, StringComparison.Ordinal);

        disk.Free();
        Assert.True(CountSchools(database) > 0, "with room again the same database reads"); // nothing was damaged
    }

    private static long CountSchools(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"Schools\"";
        return (long)command.ExecuteScalar()!;
    }
}
