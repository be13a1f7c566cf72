using System.Diagnostics;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// The real web app (with its background publisher) as a separate operating-system process, so a test
/// can kill it with SIGKILL at any moment, exactly as a crash would. It runs as Production, so a certificate of its own
/// encrypts its key folder (KeyRingFeature refuses to start without one there).
/// </summary>
public sealed class PublisherProcess : IDisposable
{
    private readonly Process _process;
    private readonly TestCertificate _certificate;

    private PublisherProcess(Process process, TestCertificate certificate) => (_process, _certificate) = (process, certificate);

    public static PublisherProcess Start(string sqliteConnectionString, IReadOnlyDictionary<string, string> settings)
    {
        var certificate = TestCertificate.Create();
        var process = Process.Start(StartInfo(sqliteConnectionString, settings, certificate)) ?? throw new InvalidOperationException("dotnet did not start");
        // Drain the pipes so a chatty child never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PublisherProcess(process, certificate);
    }

    /// <summary>
    /// Starts the app and waits for it to stop by itself (a start that fails), with what it wrote; fails the test
    /// when it is still running after <paramref name="timeout"/> (it started, and is killed).
    /// </summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunUntilItStopsAsync(string sqliteConnectionString, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        using var certificate = TestCertificate.Create();
        using var process = Process.Start(StartInfo(sqliteConnectionString, settings, certificate)) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The app was still running after {timeout}: it started.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(string sqliteConnectionString, IReadOnlyDictionary<string, string> settings, TestCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var webDirectory = WebBuildDirectory();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(webDirectory, "Protocolwacht.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["ConnectionStrings__Sqlite"] = sqliteConnectionString;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["DataProtection__CertificatePath"] = certificate.Path;
        info.Environment["DataProtection__CertificatePassword"] = TestCertificate.Password;
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return info;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no shutdown code runs, in-flight calls and transactions are cut off.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
        _certificate.Dispose();
    }

    // The web app's own build output (same configuration as the tests), with its runtimeconfig and appsettings.
    private static string WebBuildDirectory()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var directory = Path.Combine(RepositoryRoot.Path, "src", "Protocolwacht.Web", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(directory, "Protocolwacht.Web.dll"))
            ? directory
            : throw new InvalidOperationException($"The web app is not built at {directory}.");
    }
}
