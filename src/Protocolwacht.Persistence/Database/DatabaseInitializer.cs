using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Brings the database up to date at start: creates it, applies the provider's migrations and runs the
/// seeders. EF Core takes a migration lock, so several app instances may start at once.
/// </summary>
public sealed class DatabaseInitializer(ProtocolwachtDbContext db, IEnumerable<IDatabaseSeeder> seeders)
{
    public async Task InitialiseAsync(bool seedDemoData = true, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
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

    /// <summary>Releases pooled SQLite connections so a test can delete the file afterwards.</summary>
    public static void ReleaseSqliteFiles() => SqliteConnection.ClearAllPools();
}
