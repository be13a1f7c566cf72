using System.Diagnostics;
using Npgsql;

namespace Protocolwacht.TestSupport;

/// <summary>
/// A PostgreSQL server of one test's own (scripts/test-postgres.sh), which the test may stop and start again on
/// the same port, as a database restart. Never the shared server of <see cref="PostgresTestServer"/>: other tests
/// use that one at the same time. Disposing stops the server and removes its files.
/// </summary>
public sealed class RestartablePostgresServer : IAsyncDisposable
{
    private readonly string _dir;
    private readonly string _adminConnectionString;

    private RestartablePostgresServer(string dir, string adminConnectionString)
    {
        _dir = dir;
        _adminConnectionString = adminConnectionString;
    }

    public static async Task<RestartablePostgresServer> StartAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "protocolwacht-pg-own-" + Guid.NewGuid().ToString("N")[..8]);
        var connectionString = (await RunAsync("start", dir)).Trim();
        return new RestartablePostgresServer(dir, connectionString);
    }

    /// <summary>Creates an empty database; its connection string fails fast while the server is down.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true, Timeout = 3 }.ConnectionString;
    }

    /// <summary>Stops the server (<c>pg_ctl stop -m fast</c>: sessions are ended), keeping its data.</summary>
    public Task StopAsync() => RunAsync("down", _dir);

    /// <summary>Starts the stopped server again on the same port.</summary>
    public Task StartAgainAsync() => RunAsync("up", _dir);

    public async ValueTask DisposeAsync() => await RunAsync("stop", _dir);

    private static async Task<string> RunAsync(string action, string dir)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "test-postgres.sh"));
        info.ArgumentList.Add(action);
        info.ArgumentList.Add(dir);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"test-postgres.sh {action} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }
}
