using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.TestSupport;

/// <summary>
/// A real PostgreSQL server for integration tests. ./test.sh starts one and passes its connection
/// string in PROTOCOLWACHT_TEST_POSTGRES; when that is absent (a plain `dotnet test`), the first use
/// starts a private server with scripts/test-postgres.sh and stops it after the last test (or when the test process exits).
/// Each caller gets a fresh database, so tests never see each other's rows.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "PROTOCOLWACHT_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the server's maintenance database.</summary>
    public static string AdminConnectionString => Server.Value;

    // A database with every migration applied and nothing else, made once per test process; see CreateMigratedDatabaseAsync.
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateMigratedTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static Task<string> CreateDatabaseAsync(string prefix = "t") => CreateAsync(prefix, template: null);

    /// <summary>
    /// Creates a database with every migration applied and no rows, as a copy of a template migrated once per test
    /// process (PostgreSQL's <c>CREATE DATABASE … TEMPLATE</c> copies the files): for the test apps, which otherwise
    /// applied the migrations one by one at each start, in the test process and in the server. The app's migrator
    /// still runs at its start and finds nothing left to apply; its seeders run as on a new database.
    /// </summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string prefix = "t") => await CreateAsync(prefix, await MigratedTemplate.Value);

    private static async Task<string> CreateAsync(string prefix, string? template)
    {
        TestWork.Count(template is null ? "PostgreSQL database" : "PostgreSQL database (template copy)");
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        var copy = template is null ? string.Empty : $" TEMPLATE \"{template}\"";
        // From PostgreSQL 15 a copy is written block by block into the WAL (WAL_LOG) unless told otherwise: for these
        // small databases on a server without fsync, copying the files costs the server about half the processor time
        // (0.08 s against 0.17 s a copy, stop 55). Older servers copy the files anyway and know no STRATEGY.
        var strategy = connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY FILE_COPY" : string.Empty;
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copy}{strategy}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <returns>The template's name. No connection to it stays open: PostgreSQL copies only a database nobody is in.</returns>
    private static async Task<string> CreateMigratedTemplateAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await CreateDatabaseAsync("schema")) { Pooling = false };
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, connectionString.ConnectionString).Configure(options);
        await using (var db = new ProtocolwachtDbContext(options.Options))
        {
            await new DatabaseInitializer(db, []).InitialiseAsync(seedDemoData: false);
        }

        return connectionString.Database!;
    }

    private static string StartOrFind()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return external;
        }

        var script = System.IO.Path.Combine(RepositoryRoot.Path, "scripts", "test-postgres.sh");
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "protocolwacht-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var connectionString = Run(script, "start", dir).Trim();
        // Stopped after the last test (TestRunEnd), while the test host is sure to live: stopping the server and removing
        // its folder takes longer than the 100 ms vstest gives a host after its session, and a host killed inside its
        // exit handler left the folder (tests13). The exit handler stays for a run without CleanExitTestFramework.
        var stopped = 0;
        void Stop()
        {
            if (Interlocked.Exchange(ref stopped, 1) == 0)
            {
                Run(script, "stop", dir);
            }
        }

        TestRunEnd.RegisterServer(() => Task.Run(Stop));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        return connectionString;
    }

    private static string Run(string script, string action, string dir)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(action);
        info.ArgumentList.Add(dir);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"test-postgres.sh {action} failed ({process.ExitCode}): {error}");
        }

        return output;
    }
}
