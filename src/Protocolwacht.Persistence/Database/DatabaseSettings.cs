using Microsoft.Extensions.Configuration;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Where the database is, read from configuration the same way by the web app, the CLI and the tests:
/// <c>Database:Provider</c> (Sqlite or Postgres), <c>Database:DataDirectory</c> (SQLite; default
/// <c>&lt;content root&gt;/data</c>), <c>ConnectionStrings:Sqlite</c> and <c>ConnectionStrings:Postgres</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Protocolwacht.Persistence.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Protocolwacht.Persistence.Migrations.Postgres";

    public static DatabaseSettings From(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new DatabaseSettingsException($"Database:Provider '{providerText}' is onbekend; kies Sqlite of Postgres.");
        }

        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = configuration.GetConnectionString("Postgres");
            return string.IsNullOrWhiteSpace(postgres)
                ? throw new DatabaseSettingsException("Database:Provider is Postgres maar ConnectionStrings:Postgres ontbreekt.")
                : new DatabaseSettings(provider, postgres);
        }

        var sqlite = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(sqlite))
        {
            return new DatabaseSettings(provider, sqlite);
        }

        var dataDirectory = DataDirectoryFrom(configuration, contentRootPath);
        DataDirectory.Create(dataDirectory);
        return new DatabaseSettings(provider, $"Data Source={Path.Combine(dataDirectory, "protocolwacht.db")}");
    }

    /// <summary>The app's data directory: <c>Database:DataDirectory</c> (relative to the content root) or <c>&lt;content root&gt;/data</c>.</summary>
    public static string DataDirectoryFrom(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = configuration["Database:DataDirectory"];
        return string.IsNullOrWhiteSpace(dataDirectory)
            ? Path.Combine(contentRootPath, "data")
            : Path.GetFullPath(dataDirectory, contentRootPath);
    }

    public Microsoft.EntityFrameworkCore.DbContextOptionsBuilder Configure(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddInterceptors(Archive.AppendOnlyInterceptor.Instance, Organisation.OrganisationVersionInterceptor.Instance);
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.AddInterceptors(SqliteReadOnlyRecovery.Instance, SqliteBusyWait.Instance, SqliteKeptLog.Instance);
        }

        _ = Provider == DatabaseProvider.Postgres
            ? Microsoft.EntityFrameworkCore.NpgsqlDbContextOptionsBuilderExtensions.UseNpgsql(options, ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly))
            : Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions.UseSqlite(options, ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        return options;
    }
}
