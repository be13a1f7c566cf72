using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Database;

public sealed class SqliteBusyWaitTests
{
    [Fact]
    public async Task EveryConnectionOfTheApp_WaitsInsideSqliteForAnotherWritersLock()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using var db = database.NewContext();

        var timeout = await BusyTimeoutAsync(db);

        // A plain connection has none (SQLite's default 0: busy at once, then Microsoft.Data.Sqlite's 150 ms sleep).
        await using var plain = new SqliteConnection(database.Settings.ConnectionString);
        await plain.OpenAsync();
        await using var command = plain.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.Equal((long)SqliteBusyWait.DefaultTimeoutMilliseconds, timeout);
    }

    [Theory]
    [InlineData("Default Timeout=2", 2_000L)]
    [InlineData("Command Timeout=120", 120_000L)] // Microsoft.Data.Sqlite's other name for the same setting
    [InlineData("Default Timeout=0", (long)int.MaxValue)] // no limit there means none here either
    public async Task TheConnectionStringsDefaultTimeout_IsHowLongSqliteWaits(string setting, long expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using var db = Context($"{database.Settings.ConnectionString};{setting}");

        Assert.Equal(expected, await BusyTimeoutAsync(db));
    }

    [Fact]
    public async Task AShortDefaultTimeout_GivesUpWhileTheLockIsHeld_TheDefaultWaitsUntilItIsReleased()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using var impatient = Context($"{database.Settings.ConnectionString};Default Timeout=1");
        await using var patient = Context(database.Settings.ConnectionString);
        await impatient.Database.OpenConnectionAsync();
        await patient.Database.OpenConnectionAsync();

        TimeSpan gaveUpAfter;
        using (var writer = HoldWriteLock(database.Settings.ConnectionString))
        {
            var clock = Stopwatch.StartNew();
            var refused = await Assert.ThrowsAsync<SqliteException>(() => impatient.Database.ExecuteSqlRawAsync("CREATE TABLE impatient(x INTEGER)"));
            gaveUpAfter = clock.Elapsed;
            Assert.Equal(5, refused.SqliteErrorCode); // SQLITE_BUSY, while the lock is still held: it did not wait for it
        }

        Assert.InRange(gaveUpAfter, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20)); // its own second, not the default 30

        var lockHeld = TimeSpan.FromSeconds(2);
        var waited = Stopwatch.StartNew();
        var writer2 = HoldWriteLock(database.Settings.ConnectionString);
        var release = Task.Run(async () =>
        {
            await Task.Delay(lockHeld);
            writer2.Dispose();
        });
        await patient.Database.ExecuteSqlRawAsync("CREATE TABLE patient(x INTEGER)"); // waits the lock out instead of failing
        await release;

        Assert.True(waited.Elapsed >= lockHeld - TimeSpan.FromMilliseconds(100), $"wrote after {waited.Elapsed}: the lock was not in its way");
        await using var check = Context(database.Settings.ConnectionString);
        Assert.Equal(1, await check.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'patient'").SingleAsync());
    }

    private static ProtocolwachtDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, connectionString).Configure(options);
        return new ProtocolwachtDbContext(options.Options);
    }

    private static async Task<long> BusyTimeoutAsync(ProtocolwachtDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        await using var pragma = db.Database.GetDbConnection().CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout";
        return (long)(await pragma.ExecuteScalarAsync())!;
    }

    /// <summary>Another writer in the middle of a transaction: it holds SQLite's one write lock until disposed.</summary>
    private static SqliteConnection HoldWriteLock(string connectionString)
    {
        var connection = new SqliteConnection(connectionString + ";Pooling=False");
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE; CREATE TABLE lock_holder(x INTEGER);";
        begin.ExecuteNonQuery();
        return connection; // disposing it rolls the transaction back
    }
}
