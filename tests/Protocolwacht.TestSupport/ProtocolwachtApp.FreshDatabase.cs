using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.TestSupport;

/// <summary>
/// One running app, a new database per test (<see cref="ProtocolwachtAppOptions.FreshDatabases"/>): starting an app
/// costs far more than making and seeding a database, and most tests of a class need the same app.
/// </summary>
public sealed partial class ProtocolwachtApp
{
    private DatabaseSettings? _freshDatabase;
    private int _freshDatabases;

    /// <summary>
    /// The database this app moved to last, null while it is on the one it started on. A second instance
    /// (<see cref="ProtocolwachtAppOptions.SameDatabaseAs"/>) is wherever its first instance is.
    /// </summary>
    private DatabaseSettings? FreshDatabase => _options.SameDatabaseAs is { } first ? first.FreshDatabase : _freshDatabase;

    /// <summary>Where the app's contexts connect: registered per scope with <see cref="ProtocolwachtAppOptions.FreshDatabases"/>.</summary>
    private DatabaseSettings CurrentDatabase => FreshDatabase ?? (Database == DatabaseProvider.Postgres
        ? new DatabaseSettings(DatabaseProvider.Postgres, _postgres!)
        : new DatabaseSettings(DatabaseProvider.Sqlite, SqliteConnectionString));

    /// <summary>
    /// Moves the app to a new database, a copy of the migrated schema seeded the way the app seeds at its start, as if
    /// it had just started on it: every scope from now on connects there (the app resolves <see cref="DatabaseSettings"/>
    /// per scope), the mails and log lines of the test before are forgotten, the SMTP server refuses nothing again (a
    /// test's injected refusal must not reach the next test), and the background jobs have run once. Its second instances
    /// (<see cref="StartSecondInstanceAsync"/>) move with it, as if they had just started on the new database too.
    /// <para>
    /// What the app keeps in memory stays: the sign-in throttle's windows, a clock a test moved past the real moment,
    /// pending platform connections and the few seconds' cache of platform credentials (<c>AccountCredentials</c>).
    /// The checker and its organisation (<see cref="CheckerSnapshot"/>) are reloaded here from the seeded database: the
    /// live check and every page that reads the organisation (<see cref="CheckerSnapshot.OrganisationAsync"/>) trust
    /// the cached entry for <see cref="CheckerSnapshot.MaxAge"/> without reading the stamp, so a test that changed the
    /// organisation and moved the clock on would otherwise hand its organisation to the next test. A class whose tests
    /// depend on any of the others keeps an app per test.
    /// </para>
    /// </summary>
    public async Task UseFreshDatabaseAsync()
    {
        if (!_options.FreshDatabases || !_ownsDatabase || (Database == DatabaseProvider.Sqlite && !StartsOnAFreshSqliteDatabase))
        {
            throw new InvalidOperationException("Only an app started with FreshDatabases on a database of its own can move to a fresh one.");
        }

        TestWork.Count("app moved to a fresh database");
        CatchUpWithTheRealClock();
        var held = await HoldBackgroundRoundsAsync();
        try
        {
            var before = CurrentDatabase;
            _freshDatabase = await NewDatabaseAsync();
            ReleasePool(before);
            await SeedAsync();
        }
        finally
        {
            foreach (var rounds in held)
            {
                await rounds.DisposeAsync();
            }
        }

        await Services.GetRequiredService<CheckerSnapshot>().FreshAsync(CancellationToken.None);
        Smtp.Reset();
        await ForgetTheDatabaseBeforeAsync();
        foreach (var second in SecondInstances())
        {
            await second.FollowToTheFreshDatabaseAsync();
        }
    }

    /// <summary>
    /// Waits for the rounds under way on this app and its second instances and holds back new ones while the database is
    /// replaced: a round that read the test before's database must not write into the next test's (a publisher round
    /// that had read the last test's delivery put its sandbox publication into the fresh database, stop 58's CI run).
    /// </summary>
    private async Task<List<IAsyncDisposable>> HoldBackgroundRoundsAsync()
    {
        var held = new List<IAsyncDisposable>();
        foreach (var app in SecondInstances().Prepend(this))
        {
            foreach (var job in app.Services.GetServices<RecurringJob>())
            {
                held.Add(await job.HoldRoundsAsync(CancellationToken.None));
            }
        }

        return held;
    }

    /// <summary>
    /// What an app's log and jobs knew of the database it was on, forgotten as at a start on the new one: the log cleared
    /// and the background jobs run once.
    /// </summary>
    private async Task ForgetTheDatabaseBeforeAsync()
    {
        Log.Clear();
        try
        {
            await RunBackgroundJobsAsync();
        }
#pragma warning disable CA1031 // as at the start (StartAsync): a test that needs a job's outcome runs it itself
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>
    /// A new app's clock starts at the real moment (the constructor), and some tests compare it with the real one (an
    /// authenticator code, a key's age); the shared app's clock would otherwise stand where the last test left it,
    /// minutes behind. A clock a test moved past the real moment stays there: a fake clock never goes back.
    /// </summary>
    private void CatchUpWithTheRealClock()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());
        if (!_options.SystemClock && Clock.GetUtcNow() < now)
        {
            Clock.SetUtcNow(now);
        }
    }

    private async Task<DatabaseSettings> NewDatabaseAsync()
    {
        if (Database == DatabaseProvider.Postgres)
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, await PostgresTestServer.CreateMigratedDatabaseAsync("app"));
        }

        var file = Path.Combine(_dataDirectory, $"protocolwacht-{++_freshDatabases}.db");
        await SqliteSchemaTemplate.CopyToFileAsync(file);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}");
    }

    /// <summary>Closes the idle connections to the database before: nothing uses it any more.</summary>
    private static void ReleasePool(DatabaseSettings before)
    {
        if (before.Provider == DatabaseProvider.Postgres)
        {
            using var connection = new Npgsql.NpgsqlConnection(before.ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
            return;
        }

        using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(before.ConnectionString);
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(sqlite);
    }

    /// <summary>
    /// The app's own start-up seeding (DatabaseFeature.InitialiseDatabaseAsync): the demo organisation as Demo:Seed says.
    /// Without the migrator: the new database is a copy of the migrated template (<see cref="NewDatabaseAsync"/>), where it
    /// found nothing to apply and only compared the model with the migrations' snapshot again (stop 57's profile: about a
    /// twentieth of the processor of a web test class). The migrator still runs at every app start and on the templates.
    /// </summary>
    private async Task SeedAsync()
    {
        var seedDemo = Services.GetRequiredService<IConfiguration>().GetValue("Demo:Seed", Services.GetRequiredService<IHostEnvironment>().IsDevelopment());
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedMigratedAsync(seedDemo);
    }
}
