using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// One app per database for all tests of a class, as an xUnit class fixture, with a database of its own for every
/// test (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>): for a class whose tests write, where starting an app
/// was most of each test's time. A test calls <see cref="FreshAsync"/> first and does not dispose the app. xUnit runs
/// the tests of a class one after the other, so no two tests share a database. What the app keeps in memory between
/// tests (the clock, the sign-in throttle; not the checker's organisation, which is reloaded) is listed at <see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>.
/// With the default settings the app is rented from the apps the classes pass on to each other (<see cref="AppPool"/>);
/// a subclass with settings of its own (<see cref="Configure"/>) starts its own.
/// </summary>
public class FreshDatabaseApp : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, ProtocolwachtApp> _apps = [];

    /// <summary>The app on <paramref name="database"/> on a database nobody has used: started now, or moved to a new one.</summary>
    public virtual async Task<ProtocolwachtApp> FreshAsync(DatabaseProvider database = DatabaseProvider.Sqlite)
    {
        if (!_apps.TryGetValue(database, out var app))
        {
            // A just-started or just-rented app is on a new database already.
            return _apps[database] = HasSettingsOfItsOwn ? await StartOwnAsync(database) : await AppPool.RentAsync(database);
        }

        await app.UseFreshDatabaseAsync();
        return app;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            if (HasSettingsOfItsOwn)
            {
                await app.DisposeAsync();
            }
            else
            {
                await AppPool.ReturnAsync(app);
            }
        }
    }

    /// <summary>Settings every test of the class needs (a subclass per class).</summary>
    protected virtual void Configure(ProtocolwachtAppOptions options)
    {
    }

    /// <summary>
    /// A subclass exists to configure its app (<see cref="Configure"/>); such an app is not passed on to other classes. A
    /// subclass that only adds to the default app (second instances) says false.
    /// </summary>
    protected virtual bool HasSettingsOfItsOwn => GetType() != typeof(FreshDatabaseApp);

    private Task<ProtocolwachtApp> StartOwnAsync(DatabaseProvider database) => ProtocolwachtApp.StartAsync(o =>
    {
        o.Database = database;
        o.FreshDatabases = true;
        Configure(o);
    });
}
