using System.Diagnostics;
using Npgsql;

namespace Protocolwacht.TestSupport;

/// <summary>
/// A real PostgreSQL server for integration tests. ./test.sh starts one and passes its connection
/// string in PROTOCOLWACHT_TEST_POSTGRES; when that is absent (a plain `dotnet test`), the first use
/// starts a private server with scripts/test-postgres.sh and stops it when the test process exits.
/// Each caller gets a fresh database, so tests never see each other's rows.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "PROTOCOLWACHT_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the server's maintenance database.</summary>
    public static string AdminConnectionString => Server.Value;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
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
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", dir);
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
