using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Backup and restore of the app's SQLite database with SQLite's online backup API, so both work while the app runs:
/// a backup is a consistent copy of one moment, and a restore writes the whole database in one step that readers see
/// either before or after (never a mix, and the write-ahead log stays consistent, which copying files would not keep).
/// A restore first proves the file is a Protocolwacht database of a schema this version knows.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the database at <paramref name="settings"/> to <paramref name="file"/>, which must not exist yet.</summary>
    public static async Task BackupAsync(DatabaseSettings settings, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new BackupException($"{target} bestaat al; kies een nieuwe bestandsnaam, zodat er geen eerdere backup verloren gaat.");
        }

        var source = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            throw new BackupException($"Er is geen database op {source.DataSource}; geef met --data-dir de map van de app op.");
        }

        // Written beside the target and renamed at the end, so a half-written backup never carries the final name.
        var partial = target + ".deel";
        try
        {
            await using (var from = new SqliteConnection(source.ToString()))
            await using (var to = new SqliteConnection(Local(partial)))
            {
                await from.OpenAsync(cancellationToken);
                await to.OpenAsync(cancellationToken);
                from.BackupDatabase(to);
                await using var standalone = to.CreateCommand();
                standalone.CommandText = "PRAGMA journal_mode=DELETE;"; // one file, without a write-ahead log beside it
                await standalone.ExecuteNonQueryAsync(cancellationToken);
            }

            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Replaces the database at <paramref name="settings"/> with <paramref name="file"/> after checking it; throws a
    /// <see cref="BackupException"/> with a Dutch message, and changes nothing, when the file is not fit.
    /// </summary>
    public static async Task RestoreAsync(DatabaseSettings settings, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupException($"Het bestand {source} bestaat niet.");
        }

        await CheckAsync(settings, source, cancellationToken);
        await using var from = new SqliteConnection(Local(source, SqliteOpenMode.ReadOnly));
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ToString());
        await from.OpenAsync(cancellationToken);
        await to.OpenAsync(cancellationToken);
        from.BackupDatabase(to);
    }

    // A Protocolwacht database has EF Core's migration history with only migrations this version ships; a newer
    // version's backup would lose its newer tables' meaning here, so it is refused rather than half understood.
    private static async Task CheckAsync(DatabaseSettings settings, string file, CancellationToken cancellationToken)
    {
        var candidate = settings with { ConnectionString = Local(file, SqliteOpenMode.ReadOnly) };
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        candidate.Configure(options);
        await using var db = new ProtocolwachtDbContext(options.Options);
        IReadOnlyList<string> applied;
        try
        {
            await using var connection = new SqliteConnection(candidate.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA quick_check;";
            if (await integrity.ExecuteScalarAsync(cancellationToken) as string != "ok")
            {
                throw new BackupException($"{file} is beschadigd (de controle van SQLite slaagt niet); er is niets teruggezet.");
            }

            applied = [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)];
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 11) // SQLITE_NOTADB, SQLITE_CORRUPT
        {
            throw new BackupException($"{file} is geen SQLite-database en dus geen backup van Protocolwacht; er is niets teruggezet.");
        }

        if (applied.Count == 0)
        {
            throw new BackupException($"{file} is geen database van Protocolwacht (er staan geen Protocolwacht-tabellen in); er is niets teruggezet.");
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new BackupException($"{file} komt van een nieuwere versie van Protocolwacht (onbekende databaseversie {unknown[^1]}); " +
                "installeer eerst die versie of een nieuwere, en zet de backup dan terug. Er is niets teruggezet.");
        }
    }

    private static string Local(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}
