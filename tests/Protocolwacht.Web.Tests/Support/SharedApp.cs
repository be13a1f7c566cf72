using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// One app (Development, SQLite, the demo organisation) for all tests of a class, as an xUnit class fixture: for a
/// class whose tests only send requests and read answers, where starting an app was most of each test's time. A
/// test that stores what another test could read, or needs other settings, starts its own app. The app is rented, on
/// a database of its own, from the apps the classes pass on to each other (<see cref="AppPool"/>).
/// </summary>
public sealed class SharedApp : IAsyncLifetime
{
    public ProtocolwachtApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await AppPool.RentAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await AppPool.ReturnAsync(App);
}
