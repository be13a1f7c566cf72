using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts.Changes;

/// <summary>
/// One app per database for a class whose tests race two saves through a <see cref="SaveBarrier"/>, a fresh database for
/// every test. The barrier is registered once and starts every test disarmed: a test that failed before all its saves
/// arrived would leave it armed, and the next test's own set-up saves would be held as parties of its race.
/// </summary>
public abstract class SaveBarrierApp : FreshDatabaseApp
{
    private protected SaveBarrierApp(SaveBarrier barrier) => Barrier = barrier;

    internal SaveBarrier Barrier { get; }

    public override Task<ProtocolwachtApp> FreshAsync(DatabaseProvider database = DatabaseProvider.Sqlite)
    {
        Barrier.Disarm();
        return base.FreshAsync(database);
    }

    protected override void Configure(ProtocolwachtAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Services = s => s.AddSingleton<IInterceptor>(Barrier);
    }
}
