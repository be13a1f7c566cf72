using System.Diagnostics;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// A data folder that cannot be made, through a command that would make it (<c>org import</c> migrates a new
/// database): a file where a folder is meant to be, a read-only parent. The user reads why in Dutch with the folder,
/// exit code 1 as the command's help says, and nothing is created.
/// </summary>
public sealed class DataFolderTests
{
    private static readonly string DemoFile = Path.Combine(AppContext.BaseDirectory, "ops7-demo-organisation.json");

    [Fact]
    public async Task OrgImport_DataFolderUnderAFile_NamesTheFileInTheWay()
    {
        using var inTheWay = new TempFile("geen map");
        var folder = Path.Combine(inTheWay.Path, "data");
        // The failure is real: the runtime cannot make it, and says a part of the path is missing.
        Assert.Throws<DirectoryNotFoundException>(() => Directory.CreateDirectory(folder));

        var run = await AsyncCli.RunAsync("org", "import", await DemoAsync(), "--data-dir", folder);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains($"De datamap '{folder}' kan niet worden gemaakt: '{inTheWay.Path}' is een bestand, geen map.", run.Error, StringComparison.Ordinal);
        AssertNothingChangedSaidOnce(run);
        AsyncCli.AssertNoStackTraceNorEnglish(run);
        Assert.Equal("geen map", await File.ReadAllTextAsync(inTheWay.Path));
    }

    [Fact]
    public async Task OrgImport_DataFolderInAReadOnlyParent_NamesTheParent()
    {
        var parent = Directory.CreateTempSubdirectory("protocolwacht-alleen-lezen-").FullName;
        var folder = Path.Combine(parent, "data");
        Chattr("+i", parent); // immutable: read-only even for root, as the tests run
        try
        {
            Assert.Throws<UnauthorizedAccessException>(() => Directory.CreateDirectory(folder));

            var run = await AsyncCli.RunAsync("org", "import", await DemoAsync(), "--data-dir", folder);

            Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
            Assert.Contains($"De datamap '{folder}' kan niet worden gemaakt: Protocolwacht mag niet schrijven in '{parent}'", run.Error, StringComparison.Ordinal);
            AssertNothingChangedSaidOnce(run);
            AsyncCli.AssertNoStackTraceNorEnglish(run);
            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            Chattr("-i", parent);
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task OrgImport_DatabaseSettingWithoutNothingChanged_SaysItOnceAnyway()
    {
        // An unknown provider: its message does not say nothing changed, so the command adds it (once).
        var run = await AsyncCli.RunAsync("org", "import", await DemoAsync(), "--provider", "Oracle");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("Database:Provider 'Oracle' is onbekend", run.Error, StringComparison.Ordinal);
        AssertNothingChangedSaidOnce(run);
    }

    // The import never began: one sentence says so, not "rolled back; nothing changed" before the folder's own "nothing changed".
    private static void AssertNothingChangedSaidOnce(CliRun run)
    {
        Assert.StartsWith("De import is niet begonnen. ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("teruggedraaid", run.Error, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Error, "niets gewijzigd", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    private static async Task<string> DemoAsync()
    {
        if (!File.Exists(DemoFile))
        {
            await using var stream = typeof(Domain.Organisation.OrganisationModel).Assembly.GetManifestResourceStream("Protocolwacht.Domain.demo-organisation.json")!;
            await using var file = File.Create(DemoFile);
            await stream.CopyToAsync(file);
        }

        return DemoFile;
    }

    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true }) ?? throw new InvalidOperationException("chattr did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"chattr {flag} {path}: {error} (this test needs root, as ./test.sh has)");
    }
}
