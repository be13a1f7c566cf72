using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// The real web app in memory on a fresh database (SQLite file or a new PostgreSQL database), with
/// mail going to a real SMTP server on loopback, a short undo period and a fast publisher.
/// Intent methods sign people in and read what the app stored.
/// </summary>
public sealed class WorkflowApp : WebApplicationFactory<Program>
{
    public const string Password = "Werkstroom-test-2026";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "protocolwacht-workflow-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Database _database;
    private readonly string? _postgres;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private TimeProvider? _clock;
    private Connectors.IPlatformConnector? _connector;

    private WorkflowApp(Database database, string? postgres, SmtpTestServer smtp, IReadOnlyDictionary<string, string> settings)
    {
        _database = database;
        _postgres = postgres;
        Smtp = smtp;
        _settings = settings;
    }

    public SmtpTestServer Smtp { get; }

    public string? PostgresConnectionString => _postgres;

    /// <summary>The SQLite file of this instance, for a second process on the same database.</summary>
    public string SqliteConnectionString => $"Data Source={Path.Combine(_dataDirectory, "protocolwacht.db")}";

    /// <param name="sharedPostgres">Another instance's PostgreSQL database to run on (several app instances, one database).</param>
    /// <param name="onLoopback">Serve on Kestrel at a free loopback port instead of in memory (load tests).</param>
    /// <param name="clock">Replaces the app's clock (a FakeTimeProvider moves time for deadlines; background loops then wait for it).</param>
    /// <param name="connector">A platform connector registered after the app's own, replacing the one for its channel.</param>
    public static async Task<WorkflowApp> StartAsync(Database database, IReadOnlyDictionary<string, string>? settings = null, string? sharedPostgres = null, bool onLoopback = false, TimeProvider? clock = null, Connectors.IPlatformConnector? connector = null)
    {
        var postgres = database == Database.Postgres ? sharedPostgres ?? await PostgresTestServer.CreateDatabaseAsync("wf") : null;
        var app = new WorkflowApp(database, postgres, new SmtpTestServer(), settings ?? new Dictionary<string, string>()) { _clock = clock, _connector = connector };
        if (onLoopback)
        {
            app.UseKestrel(0);
        }

        app.StartServer();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Identity:DemoPassword", Password);
        builder.UseSetting("Database:Provider", _database.ToString());
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        if (_postgres is not null)
        {
            builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        }

        builder.UseSetting("Mail:Host", Smtp.Host);
        builder.UseSetting("Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:PollInterval", "00:00:00.200");
        builder.UseSetting("Publishing:UndoPeriod", "00:00:01");
        builder.UseSetting("Publishing:PollInterval", "00:00:00.200");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Seeding hashes a password for every demo staff member at each start; the production work factor
        // only slows the tests down.
        builder.ConfigureTestServices(services => services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000));
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }

        if (_connector is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_connector));
        }
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in as <paramref name="staffId"/>.</summary>
    public async Task<AppClient> SignInAsync(string staffId)
    {
        var client = new AppClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await client.SignInAsync(staffId, Password);
        return client;
    }

    /// <summary>The address Kestrel listens on (only with onLoopback).</summary>
    public Uri LoopbackAddress => ClientOptions.BaseAddress;

    /// <summary>A real socket client to the loopback server, signed in as <paramref name="staffId"/>.</summary>
    public async Task<AppClient> SignInOverLoopbackAsync(string staffId)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() };
        var client = new AppClient(new HttpClient(handler) { BaseAddress = LoopbackAddress });
        await client.SignInAsync(staffId, Password);
        return client;
    }

    /// <summary>An anonymous client.</summary>
    public AppClient Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>
    /// Records "gelezen en begrepen" for the current protocol version through the same service the
    /// protocol page uses, so a test can start at the composer.
    /// </summary>
    public async Task AcknowledgeProtocolAsync(string staffId)
    {
        await using var scope = Services.CreateAsyncScope();
        var versions = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>().ProtocolVersions;
        var current = await versions.MaxAsync(v => (int?)v.Number);
        if (current is { } version)
        {
            await scope.ServiceProvider.GetRequiredService<Persistence.Protocol.IProtocolAcknowledgements>().AcknowledgeAsync(staffId, version);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<ProtocolwachtDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        return await query(db);
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the database, or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<ProtocolwachtDbContext, Task<bool>> condition, TimeSpan timeout, string what)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (!await WithDbAsync(condition))
        {
            if (TimeProvider.System.GetUtcNow() > until)
            {
                throw new TimeoutException($"Not reached within {timeout}: {what}");
            }

            await Task.Delay(100);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        DatabaseInitializer.ReleaseSqliteFiles();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held for a moment; the temporary folder is cleaned by the OS
        }

        GC.SuppressFinalize(this);
    }
}
