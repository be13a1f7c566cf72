using Microsoft.Data.Sqlite;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Web.Infrastructure.Database;

public static class DatabaseFeature
{
    /// <summary>
    /// Checks the database settings and makes the data folder (the SQLite database, the key ring) before anything else
    /// needs them, or writes the Dutch reason they cannot be used (an unknown provider, PostgreSQL without a connection
    /// string, a file in the way of the folder, a read-only parent) to standard error and returns false: then the app
    /// must not start. Before, the first feature that touched them failed with a stack trace.
    /// </summary>
    public static bool TryPrepareDataDirectory(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        try
        {
            DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
            if (!builder.Configuration.GetValue<bool>(KeyRing.KeyRingFeature.KeysInDatabase))
            {
                DataDirectory.Create(DatabaseSettings.DataDirectoryFrom(builder.Configuration, builder.Environment.ContentRootPath));
            }

            return true;
        }
        catch (DatabaseSettingsException ex)
        {
            // For the administrator reading the service's output: Dutch only, as DatabaseStartFailure's messages.
            Console.Error.WriteLine($"Protocolwacht kan niet starten. {ex.Message}");
            return false;
        }
    }

    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddProtocolwachtDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        SqliteThreadReserve.ApplyFor(DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath).Provider);
        return builder;
    }

    /// <summary>
    /// <see cref="InitialiseDatabaseAsync"/>, or false when the database's storage refused (a full disk, a read-only
    /// folder): then the Dutch reason is written to standard error and logged, and the app must not start.
    /// </summary>
    public static async Task<bool> TryInitialiseDatabaseAsync(this WebApplication app)
    {
        var settings = DatabaseSettings.From(app.Configuration, app.Environment.ContentRootPath);
        var dataDirectory = settings.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource, app.Environment.ContentRootPath))
            : null;
        try
        {
            await app.InitialiseDatabaseAsync();
            return true;
        }
        catch (Exception ex) when (DatabaseStartFailure.Explain(ex, dataDirectory) is { } reason)
        {
            // The technical cause for whoever digs deeper; no stack trace: the storage, not the code, failed.
            app.Logger.LogCritical("{Reason} (Oorzaak: {Cause})", reason, ex.GetBaseException().Message);
            await Console.Error.WriteLineAsync(reason);
            return false;
        }
    }

    /// <summary>
    /// Creates or migrates the database and seeds a first run before the app takes requests; moves Data
    /// Protection keys an earlier version kept in the database to the key folder. The demo organisation is seeded
    /// only when <c>Demo:Seed</c> says so (default: in Development only), so a real installation starts empty and
    /// guides its administrator to import the organisation (<c>/installatie</c>).
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seedDemo = app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment());
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemo, app.Lifetime.ApplicationStopping);
        await KeyRing.LegacyKeyMove.MoveOutOfTheDatabaseAsync(scope.ServiceProvider, app.Configuration, app.Lifetime.ApplicationStopping);
    }
}
