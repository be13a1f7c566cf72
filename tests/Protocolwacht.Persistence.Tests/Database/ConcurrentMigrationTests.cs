using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Database;

/// <summary>
/// Two app instances start together on an empty PostgreSQL database (issue #16: the soak exited 1 on EF Core's
/// "Failed executing DbCommand" for the history table read before it existed). Both must come up, the database must
/// be migrated and seeded once, and nothing may be logged at error level.
/// </summary>
public sealed class ConcurrentMigrationTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TwoInstancesStartingTogetherOnAnEmptyDatabase_MigrateAndSeedOnce_WithoutAnErrorLog()
    {
        var database = await PostgresTestServer.CreateDatabaseAsync("migrate");
        var logs = new CapturedLogs();
        await using var first = Context(database, logs);
        await using var second = Context(database, logs);

        await Task.WhenAll(
            Task.Run(() => Initializer(first).InitialiseAsync()),
            Task.Run(() => Initializer(second).InitialiseAsync()));

        await using var check = Context(database, new CapturedLogs());
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        Assert.Equal(check.Database.GetMigrations().Count(), (await check.Database.GetAppliedMigrationsAsync()).Count());
        Assert.Equal(1, await check.ProtocolVersions.CountAsync());
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Fact]
    public async Task TheLogCapture_SeesTheErrorThatEfCoresOwnMigrateLogsOnAnEmptyDatabase()
    {
        // Shows the assertion above can fail: EF Core's Migrate alone on a new database logs the failed history read.
        var database = await PostgresTestServer.CreateDatabaseAsync("migrate");
        var logs = new CapturedLogs();
        await using var db = Context(database, logs);

        await db.Database.MigrateAsync();

        Assert.Contains(logs.AtLeast(LogLevel.Error), e => e.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartingAgainOnAMigratedDatabase_ChangesNothing_WithoutAnErrorLog()
    {
        var database = await PostgresTestServer.CreateDatabaseAsync("migrate");
        await using (var first = Context(database, new CapturedLogs()))
        {
            await Initializer(first).InitialiseAsync();
        }

        var logs = new CapturedLogs();
        await using var again = Context(database, logs);
        await Initializer(again).InitialiseAsync();

        Assert.Empty(await again.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await again.ProtocolVersions.CountAsync());
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    private DatabaseInitializer Initializer(ProtocolwachtDbContext db) =>
        new(db, [new ConsentPurposeSeeder(), new DemoOrganisationSeeder(time), new ProtocolVersionSeeder(time)]);

    private static ProtocolwachtDbContext Context(string connectionString, CapturedLogs logs)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, connectionString).Configure(options);
        options.UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        return new ProtocolwachtDbContext(options.Options);
    }
}
