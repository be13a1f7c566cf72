using Protocolwacht.Connectors;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.TestSupport;

/// <summary>How a test wants its <see cref="ProtocolwachtApp"/>; the defaults suit almost every test.</summary>
public sealed class ProtocolwachtAppOptions
{
    /// <summary>
    /// SQLite (a file in a fresh temporary folder) or PostgreSQL (a fresh database on the test server), each starting as
    /// a copy of the migrated schema without rows; the app seeds it at its start as it would a new database.
    /// </summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Development gives the demo staff the demo password; Production shows what a real deployment does.</summary>
    public string Environment { get; set; } = "Development";

    /// <summary>
    /// Start with the demo organisation in every environment (<c>Demo:Seed</c>), so a Production test has staff as if
    /// the organisation had been imported. False leaves the app's own default: an empty installation outside Development.
    /// </summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Extra configuration, as in appsettings.json (<c>Publishing:UndoPeriod</c> …).</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Serve on Kestrel at a free loopback port (a browser, a load test or another process needs a real
    /// socket). In memory otherwise.
    /// </summary>
    public bool OnLoopback { get; set; }

    /// <summary>
    /// Serve on loopback (as <see cref="OnLoopback"/>) at a port chosen before the start, and set
    /// <c>Publishing:PublicBaseUrl</c> to that address, so a local platform server can fetch a delivery's media from the
    /// app the way Meta's servers do.
    /// </summary>
    public bool PublicMedia { get; set; }

    /// <summary>
    /// Run on the system clock instead of a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>:
    /// only for tests that measure real time or share the database with another process.
    /// </summary>
    public bool SystemClock { get; set; }

    /// <summary>A platform connector registered after the app's own, replacing the one for its channel.</summary>
    public IPlatformConnector? Connector { get; set; }

    /// <summary>
    /// Extra registrations after the app's own, for a test that watches a real service from the side
    /// (for example a counting wrapper around the password hasher).
    /// </summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services { get; set; }

    /// <summary>
    /// With <see cref="Database"/> PostgreSQL: this database instead of a fresh one on the shared test server (a
    /// test that restarts a server of its own, <see cref="RestartablePostgresServer"/>).
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Runs on another app's database (several instances behind one load balancer).</summary>
    public ProtocolwachtApp? SameDatabaseAs { get; set; }

    /// <summary>
    /// Lets <see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/> move the running app to a new database, so the tests of
    /// a class share one app and each still starts on a database of its own (<c>FreshDatabaseApp</c> in Web.Tests).
    /// </summary>
    public bool FreshDatabases { get; set; }
}
