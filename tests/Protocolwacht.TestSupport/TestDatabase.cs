using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Protocol;

namespace Protocolwacht.TestSupport;

/// <summary>
/// A fresh, migrated database on one provider, with a fake clock: a copy of the migrated schema on both
/// (<see cref="SqliteSchemaTemplate"/>, <see cref="PostgresTestServer.CreateMigratedDatabaseAsync"/>), seeded here.
/// Create one per test; disposing removes the SQLite file (PostgreSQL databases die with the test server).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;

    private TestDatabase(DatabaseSettings settings, string? sqliteFolder)
    {
        Settings = settings;
        _sqliteFolder = sqliteFolder;
    }

    public DatabaseSettings Settings { get; }

    /// <summary>The SQLite data folder (holding protocolwacht.db, as the app and the CLI expect), or null on PostgreSQL.</summary>
    public string? DataDirectory => _sqliteFolder;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool seedDemo = true)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Postgres)
        {
            // A copy of the template migrated once per test process, as for the test apps: each test applied all the
            // migrations to an empty database before (tests12). Only the seeders run below (SeedMigratedAsync).
            // The migrations from empty still run: for the template, and in ConcurrentMigrationTests.
            database = new TestDatabase(new DatabaseSettings(provider, await PostgresTestServer.CreateMigratedDatabaseAsync("persist")), null);
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "protocolwacht-test-" + Guid.NewGuid().ToString("N")[..12]);
            // The migrated schema without rows (SqliteSchemaTemplate); only the seeders run below.
            await SqliteSchemaTemplate.CopyToAsync(folder);
            TemporaryFolder.RemoveAtExit(folder); // a test that forgets to dispose its database leaves nothing behind either
            database = new TestDatabase(new DatabaseSettings(provider, $"Data Source={Path.Combine(folder, "protocolwacht.db")}"), folder);
        }

        await using var db = database.NewContext();
        var seeders = new List<IDatabaseSeeder> { new ConsentPurposeSeeder(), new DemoOrganisationSeeder(database.Time), new ProtocolVersionSeeder(database.Time) };
        // Not the migrator: it would find nothing to apply and only compare the model with the migrations' snapshot again.
        await new DatabaseInitializer(db, seeders).SeedMigratedAsync(seedDemo);
        return database;
    }

    /// <summary>The settings a host reads to reach this database (<see cref="DatabaseSettings.From"/>), for registering real services on it.</summary>
    public IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Settings.Provider.ToString(),
            [$"ConnectionStrings:{Settings.Provider}"] = Settings.ConnectionString,
        })
        .Build();

    public ProtocolwachtDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        Settings.Configure(options);
        return new ProtocolwachtDbContext(options.Options);
    }

    public ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            DatabaseInitializer.ReleaseSqliteFiles();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine; the temp folder is cleaned by the OS.
            }
        }

        return ValueTask.CompletedTask;
    }
}
