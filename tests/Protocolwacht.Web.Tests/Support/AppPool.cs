using System.Collections.Concurrent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// The running apps that the classes with default settings (<see cref="FreshDatabaseApp"/>, <see cref="SharedApp"/>)
/// pass on to each other: a class rents an app for its lifetime and gives it back when it is done, and the next class
/// gets it on a fresh, seeded database (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>). Starting an app costs
/// several times what moving it to a new database does, and each of some sixty such classes used to start its own;
/// now there are about as many apps as classes run at once (<c>TestScheduling</c>).
/// <para>
/// A rented app looks like a just-started one: a new database, no mails, an empty log, its clock at the real moment.
/// An app whose clock a class moved past the real moment is disposed instead of given back (a fake clock never goes
/// back). What else an app keeps in memory between classes is what it keeps between the tests of a class (listed at
/// <see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>); the sign-in throttle's windows, which count real time across
/// classes, are wide here, as the throttle has its own tests (SignInThrottleTests).
/// </para>
/// </summary>
internal static class AppPool
{
    private static readonly ConcurrentDictionary<DatabaseProvider, ConcurrentBag<ProtocolwachtApp>> Idle = new();

    static AppPool()
    {
        TestRunEnd.Register(StopIdleAppsAsync);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeIdleApps();
    }

    /// <summary>An app on <paramref name="database"/> on a database nobody has used: an idle one moved to a new database, or one started now.</summary>
    public static async Task<ProtocolwachtApp> RentAsync(DatabaseProvider database)
    {
        if (IdleOn(database).TryTake(out var app))
        {
            TestWork.Count("app rented from the pool");
            await app.UseFreshDatabaseAsync();
            return app;
        }

        return await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.FreshDatabases = true;
            o.Settings["SignIn:Throttle:PermitsPerClient"] = "100000";
            o.Settings["SignIn:Throttle:PermitsPerAccount"] = "100000";
        });
    }

    /// <summary>Takes back an app the renter no longer uses; one whose clock runs ahead of the real one is disposed.</summary>
    public static async Task ReturnAsync(ProtocolwachtApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Clock.GetUtcNow() > TimeProvider.System.GetUtcNow())
        {
            await app.DisposeAsync();
            return;
        }

        IdleOn(app.Database).Add(app);
    }

    private static ConcurrentBag<ProtocolwachtApp> IdleOn(DatabaseProvider database) => Idle.GetOrAdd(database, _ => []);

    /// <summary>
    /// The apps still idle when the last test has run are stopped then (<see cref="TestRunEnd"/>, run by
    /// <see cref="CleanExitTestFramework"/> before the run is reported finished): their data folders removed, their
    /// PostgreSQL pools closed, while the test host is sure to live.
    /// </summary>
    private static async Task StopIdleAppsAsync()
    {
        foreach (var app in TakeIdleApps())
        {
            await app.DisposeAsync();
        }
    }

    private static List<ProtocolwachtApp> TakeIdleApps()
    {
        var idle = new List<ProtocolwachtApp>();
        foreach (var apps in Idle.Values)
        {
            while (apps.TryTake(out var app))
            {
                idle.Add(app);
            }
        }

        return idle;
    }

    /// <summary>
    /// The second chance, for a run that did not reach <see cref="StopIdleAppsAsync"/>: the apps still idle are stopped
    /// when the test process exits, within a bounded wait.
    /// </summary>
    private static void DisposeIdleApps()
    {
        var idle = TakeIdleApps();

        // The data folders go first, before the bounded wait: the test runner may end the process during that wait,
        // and a folder left then fails the run (test.sh's temp-folder check found one in a fresh clone's run). An idle
        // app serves nobody, and on Linux its open SQLite files stay readable until it stops.
        foreach (var app in idle)
        {
            TemporaryFolder.Remove(app.DataDirectory);
        }

        var stopping = new List<Task>();
        foreach (var app in idle)
        {
            stopping.Add(app.DisposeAsync().AsTask());
        }

        try
        {
            Task.WhenAll(stopping).Wait(TimeSpan.FromSeconds(20));
        }
        catch (AggregateException)
        {
            // The process is ending; the temporary folders are cleaned by the OS.
        }
    }
}
