using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Protocolwacht.Load;

/// <summary>
/// The app as a separate process, from its Release build (<c>dotnet build src/Protocolwacht.Web -c Release</c>), in
/// Development (demo organisation, demo password, sandbox channel) on a free loopback port, on a fresh SQLite file or
/// on the given PostgreSQL database. The sign-in throttle is raised: every simulated person signs in from 127.0.0.1.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;

    private AppProcess(Process process, string dataDirectory, Uri baseUrl)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>Where the app's console log of this run is written (kept when the run ends).</summary>
    public string LogFile => LogPath(_dataDirectory);

    private static string LogPath(string dataDirectory) => dataDirectory + ".log";

    public static async Task<AppProcess> StartAsync(string repositoryRoot, string database, string? postgres)
    {
        var project = Path.Combine(repositoryRoot, "src", "Protocolwacht.Web");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "Protocolwacht.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: dotnet build src/Protocolwacht.Web -c Release first.");
        }

        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "protocolwacht-load-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.GetDirectoryName(LogPath(data))!);
        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = project, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = database;
        start.Environment["Database__DataDirectory"] = data;
        start.Environment["SignIn__Throttle__PermitsPerClient"] = "100000";
        start.Environment["SignIn__Throttle__PermitsPerAccount"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (postgres is not null)
        {
            start.Environment["ConnectionStrings__Postgres"] = postgres;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // The app's own log (warnings and errors) goes to a file beside the data, kept after the run for a look at any error.
        var log = TextWriter.Synchronized(new StreamWriter(LogPath(data)) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, data, new Uri($"http://127.0.0.1:{port}/"));
        await app.WaitUntilReadyAsync();
        return app;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(deadline) < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped with exit code {_process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app was not ready within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
