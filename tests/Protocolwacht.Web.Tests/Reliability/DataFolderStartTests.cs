using System.Diagnostics;
using Protocolwacht.Web.Infrastructure.Database;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// The real app (a process of its own, as systemd starts it) with a data folder it cannot make: a file where the
/// folder is meant to be, or a parent that is read-only. Before, the key ring's folder failed first with an
/// unhandled exception and its stack trace; now the administrator reads why in Dutch, with the folder, and the app
/// exits with <see cref="DatabaseStartFailure.ExitCode"/>.
/// </summary>
public class DataFolderStartTests
{
    [Fact]
    public async Task Start_DataFolderUnderAFile_ExitsWithTheDutchReason_NamingTheFile()
    {
        var inTheWay = Path.Combine(Path.GetTempPath(), $"protocolwacht-bestand-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(inTheWay, "geen map");
        var folder = Path.Combine(inTheWay, "data");
        try
        {
            // The failure is real: the runtime cannot make the folder, and calls it a missing part of the path.
            Assert.Throws<DirectoryNotFoundException>(() => Directory.CreateDirectory(folder));

            var start = await StartAsync(folder);

            Assert.Equal(DatabaseStartFailure.ExitCode, start.ExitCode);
            Assert.Contains($"Protocolwacht kan niet starten. De datamap '{folder}' kan niet worden gemaakt: '{inTheWay}' is een bestand, geen map.", start.Error, StringComparison.Ordinal);
            AssertNoStackTrace(start);
            Assert.Equal("geen map", await File.ReadAllTextAsync(inTheWay));
        }
        finally
        {
            File.Delete(inTheWay);
        }
    }

    [Fact]
    public async Task Start_DataFolderInAReadOnlyParent_ExitsWithTheDutchReason_NamingTheParent()
    {
        var parent = Directory.CreateTempSubdirectory("protocolwacht-alleen-lezen-").FullName;
        var folder = Path.Combine(parent, "data");
        Chattr("+i", parent); // immutable: read-only even for root, as the tests run
        try
        {
            Assert.Throws<UnauthorizedAccessException>(() => Directory.CreateDirectory(folder));

            var start = await StartAsync(folder);

            Assert.Equal(DatabaseStartFailure.ExitCode, start.ExitCode);
            Assert.Contains($"De datamap '{folder}' kan niet worden gemaakt: Protocolwacht mag niet schrijven in '{parent}'", start.Error, StringComparison.Ordinal);
            AssertNoStackTrace(start);
        }
        finally
        {
            Chattr("-i", parent);
            Directory.Delete(parent, recursive: true);
        }
    }

    private static Task<(int ExitCode, string Out, string Error)> StartAsync(string dataFolder) =>
        PublisherProcess.RunUntilItStopsAsync(
            $"Data Source={Path.Combine(Path.GetTempPath(), $"protocolwacht-{Guid.NewGuid():N}.db")}",
            new Dictionary<string, string> { ["Database:DataDirectory"] = dataFolder },
            TimeSpan.FromSeconds(90));

    private static void AssertNoStackTrace((int ExitCode, string Out, string Error) start)
    {
        Assert.DoesNotContain("Unhandled exception", start.Error + start.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", start.Error + start.Out, StringComparison.Ordinal);
    }

    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true }) ?? throw new InvalidOperationException("chattr did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"chattr {flag} {path}: {error} (this test needs root, as ./test.sh has)");
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_ExitsWithTheDutchReason_NotAStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-data-").FullName;
        try
        {
            var start = await PublisherProcess.RunUntilItStopsAsync(
                "Data Source=ongebruikt.db",
                new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["Database:DataDirectory"] = folder },
                TimeSpan.FromSeconds(90));

            Assert.Equal(DatabaseStartFailure.ExitCode, start.ExitCode);
            Assert.Contains("Protocolwacht kan niet starten. Database:Provider is Postgres maar ConnectionStrings:Postgres ontbreekt.", start.Error, StringComparison.Ordinal);
            AssertNoStackTrace(start);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
