using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Web.Infrastructure.Database;

public static class DatabaseFeature
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddProtocolwachtDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        return builder;
    }

    /// <summary>
    /// Creates or migrates the database and seeds a first run before the app takes requests; moves Data
    /// Protection keys an earlier version kept in the database to the key folder.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(cancellationToken: app.Lifetime.ApplicationStopping);
        await KeyRing.LegacyKeyMove.MoveOutOfTheDatabaseAsync(scope.ServiceProvider, app.Configuration, app.Lifetime.ApplicationStopping);
    }
}
