using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// Which database a command's configuration names, worked out without touching it (no folder made, no file opened),
/// so a message can say where the problem is and a read-only command can refuse a database that is not there
/// instead of creating an empty one. Never carries a password: PostgreSQL is named by server and database only.
/// </summary>
internal sealed record DatabaseLocation(DatabaseProvider Provider, string Description, string? SqliteFile)
{
    /// <returns>The location, or null when the configuration itself is unusable (then opening it says why).</returns>
    public static DatabaseLocation? Of(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            return null;
        }

        return provider == DatabaseProvider.Postgres ? Postgres(configuration) : Sqlite(configuration);
    }

    private static DatabaseLocation? Postgres(IConfiguration configuration)
    {
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres"));
            return new DatabaseLocation(DatabaseProvider.Postgres, $"de PostgreSQL-database '{connection.Database}' op {connection.Host}:{connection.Port}", null);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DatabaseLocation? Sqlite(IConfiguration configuration)
    {
        try
        {
            var connection = configuration.GetConnectionString("Sqlite");
            var file = string.IsNullOrWhiteSpace(connection)
                ? Path.Combine(DatabaseSettings.DataDirectoryFrom(configuration, Directory.GetCurrentDirectory()), "protocolwacht.db")
                : Path.GetFullPath(new SqliteConnectionStringBuilder(connection).DataSource);
            return new DatabaseLocation(DatabaseProvider.Sqlite, $"de SQLite-database '{file}'", file);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>For a command that only reads: the Dutch refusal when the SQLite file is not there, else null.</summary>
    public string? MissingDatabase() => SqliteFile is { } file && !File.Exists(file)
        ? $"Er is geen database in '{Path.GetDirectoryName(file)}': het bestand '{Path.GetFileName(file)}' ontbreekt. Klopt --data-dir (of Database:DataDirectory)? Er is niets gemaakt of gewijzigd."
        : null;
}
