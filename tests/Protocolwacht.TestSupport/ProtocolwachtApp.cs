using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.TestSupport;

/// <summary>
/// The one test host of the web app: the real app on a fresh database of its own (a copy of the migrated schema,
/// <see cref="SqliteSchemaTemplate"/> and <see cref="PostgresTestServer.CreateMigratedDatabaseAsync"/>), in Development (demo
/// organisation, sandbox channel), with mail going to a real SMTP server on loopback and time coming from
/// a <see cref="FakeTimeProvider"/> that only the test moves. Intent methods sign people in, take
/// workflow steps through the pages (<see cref="AppClient"/>), move time with the background jobs
/// following (<see cref="AdvanceAsync"/>) and read what the app stored (<see cref="WithDbAsync{T}"/>).
/// </summary>
public sealed partial class ProtocolwachtApp : WebApplicationFactory<Program>
{
    /// <summary>The password every demo staff member gets in Development (<c>Identity:DemoPassword</c>).</summary>
    public const string DemoPassword = "Konot-demo-2026";

    // Every app instance would otherwise watch its appsettings files and its web root (asp-append-version)
    // with inotify; a test run starts hundreds of instances (and child processes, which inherit these
    // variables) and Linux allows 128 inotify instances per user. So configuration is read once, and
    // file providers poll instead of holding an inotify instance.
    static ProtocolwachtApp()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private readonly ProtocolwachtAppOptions _options;
    private readonly string _dataDirectory;
    private readonly bool _ownsDatabase;
    private readonly SmtpTestServer? _ownSmtp;
    private readonly string? _postgres;

    private ProtocolwachtApp(ProtocolwachtAppOptions options, string? postgres)
    {
        _options = options;
        var other = options.SameDatabaseAs;
        _ownsDatabase = other is null;
        _dataDirectory = other?._dataDirectory ?? Path.Combine(Path.GetTempPath(), "protocolwacht-app-" + Guid.NewGuid().ToString("N")[..12]);
        if (_ownsDatabase)
        {
            TemporaryFolder.RemoveAtExit(_dataDirectory);
        }

        _postgres = postgres;
        Smtp = other?.Smtp ?? (_ownSmtp = new SmtpTestServer());
        // Start at the real moment, rounded to the second: ASP.NET Core's Data Protection still reads the
        // system clock when it creates keys, so a fake clock far from now would make fresh keys look expired.
        Clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));
        if (options.PublicMedia)
        {
            // The address must be known before the start, to be the app's own configured public base URL.
            var address = Platforms.ClosedPort.Url();
            options.OnLoopback = true;
            options.Settings.TryAdd("Publishing:PublicBaseUrl", address.AbsoluteUri);
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, address.Port));
        }
        else if (options.OnLoopback)
        {
            UseKestrel(0);
        }
    }

    /// <summary>The app's clock, unless <see cref="ProtocolwachtAppOptions.SystemClock"/> was asked for.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The clock the app runs on.</summary>
    public TimeProvider Time => _options.SystemClock ? TimeProvider.System : Clock;

    public SmtpTestServer Smtp { get; }

    /// <summary>The warnings and errors this app logged: a failing step's message shows them (<see cref="AppClient"/>).</summary>
    public AppLog Log { get; } = new();

    public DatabaseProvider Database => _options.Database;

    /// <summary>The app's PostgreSQL database now (another one after <see cref="UseFreshDatabaseAsync"/>).</summary>
    public string? PostgresConnectionString => FreshDatabase is { Provider: DatabaseProvider.Postgres } fresh ? fresh.ConnectionString : _postgres;

    /// <summary>The app's data directory (<c>Database:DataDirectory</c>): the SQLite file and the Data Protection key ring.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The SQLite database of this app, for a second process on the same file.</summary>
    public string SqliteConnectionString => FreshDatabase is { Provider: DatabaseProvider.Sqlite } fresh
        ? fresh.ConnectionString
        : $"Data Source={Path.Combine(_dataDirectory, "protocolwacht.db")}";

    /// <summary>The address Kestrel listens on (with <see cref="ProtocolwachtAppOptions.OnLoopback"/>).</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>How long an author can still cancel after confirming (<c>Publishing:UndoPeriod</c>).</summary>
    public TimeSpan UndoPeriod => Services.GetRequiredService<IOptions<PublishingOptions>>().Value.UndoPeriod;

    /// <summary>How long the app waits for a platform's answer (Publishing:CallTimeout), on its clock.</summary>
    public TimeSpan CallTimeout => Services.GetRequiredService<IOptions<PublishingOptions>>().Value.CallTimeout;

    /// <summary>Starts the app (it has migrated and seeded its database when this returns).</summary>
    public static async Task<ProtocolwachtApp> StartAsync(Action<ProtocolwachtAppOptions>? configure = null)
    {
        TestWork.Count("app start");
        var options = new ProtocolwachtAppOptions();
        configure?.Invoke(options);
        var postgres = options.Database != DatabaseProvider.Postgres ? null
            : options.SameDatabaseAs?.PostgresConnectionString ?? options.PostgresConnectionString ?? await PostgresTestServer.CreateMigratedDatabaseAsync("app");
        var app = new ProtocolwachtApp(options, postgres);
        if (app.StartsOnAFreshSqliteDatabase)
        {
            await SqliteSchemaTemplate.CopyToAsync(app._dataDirectory);
        }

        try
        {
            // Inside: a host that stops at once (a background service that faults) can be disposed by the app's own
            // Main before StartServer has read its services, and StartServer then throws the bare ObjectDisposedException
            // (AppHostStoppedEarlyTests, once in tests19's first run at load 60).
            app.StartServer();
            await app.WaitForTheJobsAsync();
        }
        catch (ObjectDisposedException ex)
        {
            // The host stopped of itself during the start and is gone: say why, as a request to it would (StoppedHostHandler).
            var failure = new InvalidOperationException($"The app's host stopped while the test started it.{app.Log.EarlyStopForMessage()}{app.WhyGoneForMessage()}{app.Log.ForMessage()}", ex);
            try
            {
                await app.DisposeAsync();
            }
            catch (ObjectDisposedException)
            {
                // Part of it was disposed by the host's own stop already; the failure above is what the test needs.
            }

            throw failure;
        }

        // Only now: a stop while the jobs were awaited is one "during its start", as the failure above says (until the
        // review of stop 50 it was set before the wait, and the note said "after its start" beside that failure).
        Volatile.Write(ref app._started, true);
        options.SameDatabaseAs?.AddSecondInstance(app);
        return app;
    }

    private async Task WaitForTheJobsAsync()
    {
        // Every job's loop starts with the host, but on the thread pool (.NET 10 runs all of ExecuteAsync there), so
        // on a loaded machine its first rounds can start after the host has. Waiting until every loop is idle means a
        // test's own steps never race a startup round (issue #16: a late round's read kept the DiskFull test's WAL
        // checkpoint from emptying the log); then the jobs run once more here, as before.
        await Task.WhenAll(Services.GetServices<RecurringJob>().Select(j => j.FirstIdle));
        try
        {
            await RunBackgroundJobsAsync();
        }
#pragma warning disable CA1031 // as in the app's own loop, a failing round is logged and retried, not the start's failure
        catch (Exception)
#pragma warning restore CA1031
        {
            // A test that needs a job's outcome runs it itself (AdvanceAsync) and sees its failure there.
        }
    }

    /// <summary>
    /// On SQLite in the data folder this host made for it (not another app's, not one the test names in its settings):
    /// then the app starts on a copy of the migrated schema (<see cref="SqliteSchemaTemplate"/>).
    /// </summary>
    private bool StartsOnAFreshSqliteDatabase => _options.Database == DatabaseProvider.Sqlite
        && _ownsDatabase
        && !_options.Settings.ContainsKey("Database:DataDirectory")
        && !_options.Settings.ContainsKey("ConnectionStrings:Sqlite")
        && !_options.Settings.ContainsKey("Database:Provider");

    /// <summary>Starts the app on <paramref name="database"/> with everything else as default.</summary>
    public static Task<ProtocolwachtApp> StartAsync(DatabaseProvider database) => StartAsync(o => o.Database = database);

    /// <summary>
    /// A second instance on this app's database (and SMTP server), as behind a load balancer. When this app moves to a
    /// fresh database (<see cref="UseFreshDatabaseAsync"/>), the second instance moves with it.
    /// </summary>
    public Task<ProtocolwachtApp> StartSecondInstanceAsync(Action<ProtocolwachtAppOptions>? configure = null) => StartAsync(o =>
    {
        o.Database = Database;
        o.Environment = _options.Environment;
        o.SystemClock = _options.SystemClock;
        o.SeedDemo = _options.SeedDemo;
        o.OnLoopback = _options.OnLoopback;
        foreach (var (key, value) in _options.Settings)
        {
            o.Settings[key] = value;
        }

        o.SameDatabaseAs = this;
        configure?.Invoke(o);
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_options.Environment);
        builder.UseSetting("Identity:DemoPassword", DemoPassword);
        builder.UseSetting("Database:Provider", _options.Database.ToString());
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Postgres", PostgresConnectionString);
        }

        if (_options.SeedDemo)
        {
            builder.UseSetting("Demo:Seed", "true");
        }

        builder.UseSetting("Mail:Host", Smtp.Host);
        builder.UseSetting("Mail:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in _options.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            // Seeding hashes a password for every demo staff member at each start; the production work
            // factor only slows the tests down.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Log);
            if (!_options.SystemClock)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            if (_options.FreshDatabases || FollowsFreshDatabases)
            {
                // Per scope, so a scope started after UseFreshDatabaseAsync works on the new database.
                services.AddScoped(_ => CurrentDatabase);
            }

            if (_options.Connector is { } connector)
            {
                services.AddSingleton(connector);
            }

            _options.Services?.Invoke(services);
            services.AddSingleton<IHostedService>(sp => _earlyStopWatch = new EarlyStopWatch(sp.GetRequiredService<IHostApplicationLifetime>(), NoteAnEarlyStop));
        });
    }

    /// <summary>A browser-like client (cookies, redirects returned as they are) signed in as <paramref name="staffId"/>.</summary>
    public async Task<AppClient> SignInAsync(string staffId, string password = DemoPassword)
    {
        var client = Anonymous();
        await client.SignInAsync(staffId, password);
        return client;
    }

    /// <summary>A browser-like client nobody has signed in with; <paramref name="cookies"/> can be shared with another instance's client.</summary>
    public AppClient Anonymous(CookieContainer? cookies = null) => _options.OnLoopback
        ? new AppClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() }, BaseAddress) { ServerLog = Log }
        : new AppClient(new CookieContainerHandler(cookies ?? new CookieContainer()) { InnerHandler = new StoppedHostHandler(Log, WhyGoneForMessage) { InnerHandler = Server.CreateHandler() } }, BaseAddress) { ServerLog = Log };

    // A host stops of itself when a background service fails (the host's StopHost behaviour) or the process is signalled,
    // and disposes its TestServer: the test's next request then fails with ObjectDisposedException and nothing more
    // (BackupCommandTests once, tests15). The log says when the stop began and from where (StoppedHostHandler shows it).
    // The stop runs on the host's thread while the test's thread sets _disposing: read and written through Volatile. The
    // note is put on the lifetime before the host starts (EarlyStopWatch), so a stop during the start is noted too, and
    // says so: the test's StartAsync had not returned yet.
    private void NoteAnEarlyStop()
    {
        if (!Volatile.Read(ref _disposing))
        {
            var when = Volatile.Read(ref _started) ? "after its start" : "during its start";
            Log.NoteEarlyStop($"{TimeProvider.System.GetUtcNow().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} The app's host began to stop before the test disposed it ({when}), from:{Environment.NewLine}{Environment.StackTrace}");
        }
    }

    /// <summary>
    /// Gives <paramref name="staffId"/> a password the way an administrator's reset would, for tests in
    /// Production where nobody has the demo password.
    /// </summary>
    public async Task SetPasswordAsync(string staffId, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Protocolwacht.Persistence.Identity.StaffUser>>();
        var user = await users.FindByNameAsync(staffId) ?? throw new InvalidOperationException($"No sign-in account for {staffId}.");
        await users.RemovePasswordAsync(user);
        var result = await users.AddPasswordAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>
    /// Records "gelezen en begrepen" of the current protocol version through the service the protocol
    /// page uses, so a test can start at the composer.
    /// </summary>
    public async Task AcknowledgeProtocolAsync(string staffId)
    {
        await using var scope = Services.CreateAsyncScope();
        var current = await scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>().ProtocolVersions.MaxAsync(v => (int?)v.Number);
        if (current is { } version)
        {
            await scope.ServiceProvider.GetRequiredService<IProtocolAcknowledgements>().AcknowledgeAsync(staffId, version);
        }
    }

    /// <summary>The app's singleton or a service from a fresh scope's provider, for arranging state the way the app does.</summary>
    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="query"/> on a fresh context of the app's database.</summary>
    public async Task<T> WithDbAsync<T>(Func<ProtocolwachtDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>());
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds on the database, or fails after <paramref name="timeout"/>:
    /// for work another thread or process does on the real clock. Fake-clock work uses <see cref="AdvanceAsync"/>.
    /// </summary>
    public async Task WaitUntilAsync(Func<ProtocolwachtDbContext, Task<bool>> condition, TimeSpan timeout, string what)
    {
        if (!await Eventually.TrueAsync(() => WithDbAsync(condition), timeout))
        {
            throw new TimeoutException($"Not reached within {timeout}: {what}");
        }
    }

    private bool _disposing;

    // StartAsync has returned the app (its host started and its jobs idle): a stop from then on is "after its start".
    private bool _started;

    public override async ValueTask DisposeAsync()
    {
        Volatile.Write(ref _disposedBy, $"{TimeProvider.System.GetUtcNow().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)}, from:{Environment.NewLine}{Environment.StackTrace}");
        Volatile.Write(ref _disposing, true);
        _options.SameDatabaseAs?.RemoveSecondInstance(this);
        await base.DisposeAsync();
        _keyCertificate?.Dispose();
        if (_ownSmtp is not null)
        {
            await _ownSmtp.DisposeAsync();
        }

        if (_ownsDatabase && PostgresConnectionString is not null)
        {
            // A pool's idle connections live on for minutes after the app is gone; hundreds of test apps would
            // exhaust the server's max_connections ("53300: sorry, too many clients already") on a busy run.
            using var connection = new Npgsql.NpgsqlConnection(PostgresConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }

        if (_ownsDatabase)
        {
            DatabaseInitializer.ReleaseSqliteFiles();
            await RemoveDataDirectoryAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Removes the app's folder, trying again for about three seconds: an app sharing the database (SameDatabaseAs) or a
    /// background service stopping may still write a file into it while the recursive delete runs ("Directory not
    /// empty"), and test.sh fails a run that leaves anything in its temp folder. What still cannot go is left to
    /// <see cref="TemporaryFolder.RemoveAtExit"/>.
    /// </summary>
    private async Task RemoveDataDirectoryAsync()
    {
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            try
            {
                if (Directory.Exists(_dataDirectory))
                {
                    Directory.Delete(_dataDirectory, recursive: true);
                }

                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
            }
        }
    }
}
