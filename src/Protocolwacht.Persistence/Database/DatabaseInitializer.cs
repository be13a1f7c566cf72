using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Brings the database up to date at start: creates it, applies the provider's migrations and runs the
/// seeders. On PostgreSQL several app instances may start at once: the first takes a session advisory lock and
/// migrates and seeds; the others wait for it and then find nothing to do.
/// </summary>
public sealed class DatabaseInitializer(ProtocolwachtDbContext db, IEnumerable<IDatabaseSeeder> seeders)
{
    // "PWMIGR": one lock for the whole start-up (migrations and seeders), apart from the locks of the archive and roles.
    private const long MigrationLockKey = 0x50_57_4D_49_47_52;

    public async Task InitialiseAsync(bool seedDemoData = true, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            await InitialisePostgresAsync(seedDemoData, cancellationToken);
            return;
        }

        await MigrateAndSeedAsync(seedDemoData, cancellationToken);
    }

    /// <summary>Releases pooled SQLite connections so a test can delete the file afterwards.</summary>
    public static void ReleaseSqliteFiles() => SqliteConnection.ClearAllPools();

    /// <summary>
    /// Npgsql's migrator reads <c>__EFMigrationsHistory</c> without first asking whether it exists and creates it when
    /// the read fails (npgsql/efcore.pg#3407); EF Core logs that failed read at error level, on every new database.
    /// Creating the history table first (EF's own <c>CREATE TABLE IF NOT EXISTS</c> script) leaves the migrator nothing
    /// to fail on, and the advisory lock keeps a second instance from creating it at the same moment (which PostgreSQL
    /// answers with a unique violation in its catalogue). The lock is held by this session, so a process that dies
    /// while migrating releases it.
    /// </summary>
    private async Task InitialisePostgresAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
                await MigrateAndSeedAsync(seedDemoData, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task MigrateAndSeedAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await SeedMigratedAsync(seedDemoData, cancellationToken);
    }

    /// <summary>
    /// What <see cref="InitialiseAsync"/> does after the migrator, for a database known to hold every migration already (a
    /// copy of a migrated one, as the web tests give an app for each test): the migrator would find nothing to apply, but
    /// still compare the model with the last migration's snapshot at every call (EF Core's check for pending model changes),
    /// about a twentieth of such a test's processor time. No lock: the caller is the database's only user.
    /// </summary>
    public async Task SeedMigratedAsync(bool seedDemoData = true, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app and the CLI read while the other writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var seeder in seeders.Where(s => seedDemoData || !s.IsDemoData).OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
