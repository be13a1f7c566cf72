using Microsoft.EntityFrameworkCore;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary><c>protocolwacht org pupils FILE [--apply]</c> against the app's database: preview by default, apply on request.</summary>
public sealed class OrgPupilsCommandTests
{
    private const string Export = """
        Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;Naam verzorger 1;Relatie verzorger 1
        3001;Finn;;Prins;6;Erik Prins;Vader
        3002;Tess;;Hermans;5;Ilse Hermans;Moeder
        3003;Mohammed;;Aydin;6;;
        3004;Lotte;;Visser;1;Bram Visser;Vader
        """;

    private static string[] Location(TestDatabase database) => database.Settings.Provider == DatabaseProvider.Postgres
        ? ["--provider", "Postgres", "--connection", database.Settings.ConnectionString]
        : ["--data-dir", database.DataDirectory!];

    private static async Task<(int ExitCode, string Out, string Error)> RunCliAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = await Program.BuildRoot(cli).Parse(args).InvokeAsync(cli.Invocation);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task<int> StudentsAtAsync(TestDatabase database, string school)
    {
        await using var db = database.NewContext();
        return await db.Students.CountAsync(s => s.SchoolId == school && s.LeftOn == null);
    }

    [Theory]
    [AllDatabases]
    public async Task Pupils_PreviewsByDefault_AndAppliesWithApply(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var file = new TempFile(Export, ".csv");
        string[] args = ["org", "pupils", file.Path, "--school", "sintjozef", .. Location(database)];

        var preview = await RunCliAsync(args);

        Assert.True(preview.ExitCode == 0, preview.Error);
        Assert.Contains("1 nieuw, 1 van groep of school gewisseld, 0 vertrokken, 2 met gewijzigde ouders", preview.Out, StringComparison.Ordinal);
        Assert.Contains("Lotte Visser (3004, Sint Jozefschool): nieuw in groep 1", preview.Out, StringComparison.Ordinal);
        Assert.Contains("Finn Prins (3001, Sint Jozefschool): groep 5 → 6", preview.Out, StringComparison.Ordinal);
        Assert.Contains("--apply", preview.Out, StringComparison.Ordinal);
        Assert.Equal(3, await StudentsAtAsync(database, "sintjozef"));

        var applied = await RunCliAsync([.. args, "--apply"]);

        Assert.True(applied.ExitCode == 0, applied.Error);
        Assert.StartsWith("Doorgevoerd (Sint Jozefschool): 1 nieuw", applied.Out, StringComparison.Ordinal);
        Assert.Equal(4, await StudentsAtAsync(database, "sintjozef"));
        Assert.Contains("Er verandert niets.", (await RunCliAsync(args)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pupils_BadFile_ExitsOne_WithFileRowAndColumn_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var file = new TempFile(Export + "\n3005;Bo;;;2;;", ".csv");

        var result = await RunCliAsync(["org", "pupils", file.Path, "--school", "sintjozef", "--apply", .. Location(database)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Het bestand is geweigerd; er is niets gewijzigd.", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(file.Path)}, regel 6, kolom 4 (Achternaam)", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, await StudentsAtAsync(database, "sintjozef"));
    }

    [Fact]
    public async Task Pupils_DamagedWorkbook_ExitsOne_WithTheDutchIssue_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var path = Path.Combine(Path.GetTempPath(), $"protocolwacht-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, [.. "PK\u0003\u0004"u8, .. new byte[64]]); // a ZIP's signature, then nothing a ZIP has
        try
        {
            var result = await RunCliAsync(["org", "pupils", path, "--school", "sintjozef", "--apply", .. Location(database)]);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("Het bestand is geweigerd; er is niets gewijzigd.", result.Error, StringComparison.Ordinal);
            Assert.Contains($"{Path.GetFileName(path)}: Het Excel-bestand is beschadigd of geen .xlsx-werkmap", result.Error, StringComparison.Ordinal);
            Assert.Equal(3, await StudentsAtAsync(database, "sintjozef"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Pupils_FileMissingOrAFolder_ExitsOne_SayingSoInDutch()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var missing = Path.Combine(Path.GetTempPath(), $"protocolwacht-{Guid.NewGuid():N}.csv");
        var folder = Directory.CreateTempSubdirectory("protocolwacht-").FullName;
        try
        {
            var noFile = await RunCliAsync(["org", "pupils", missing, .. Location(database)]);
            var aFolder = await RunCliAsync(["org", "pupils", folder, .. Location(database)]);

            Assert.Equal((1, $"Het bestand '{missing}' bestaat niet; er is niets geïmporteerd."), (noFile.ExitCode, noFile.Error.Trim()));
            Assert.Equal((1, $"'{folder}' is een map, geen bestand; er is niets geïmporteerd."), (aFolder.ExitCode, aFolder.Error.Trim()));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
