using System.Text.Json;
using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Cli.Tests.Archive;

/// <summary><c>protocolwacht archive …</c> against the app's database on SQLite and PostgreSQL, as an auditor would run it.</summary>
public sealed class ArchiveCommandTests
{
    [Theory]
    [AllDatabases]
    public async Task Verify_IntactArchive_ExitsZero_AndAfterOneByteChangedInTheDatabase_ExitsFourNamingTheRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: false);
        await using (var db = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 6);
        }

        var intact = await RunAsync(["archive", "verify", .. Location(database)]);
        Assert.Equal(0, intact.ExitCode);
        Assert.StartsWith("Archief intact: 6 records", intact.Out, StringComparison.Ordinal);

        await using (var db = database.NewContext())
        {
            await ArchiveAttacker.DisableTriggersAsync(db);
            await ArchiveAttacker.FlipContentByteAsync(db, sequence: 5, index: 40);
        }

        var tampered = await RunAsync(["archive", "verify", .. Location(database)]);
        Assert.Equal(ExitCodes.Tampered, tampered.ExitCode);
        Assert.StartsWith("Archief GEWIJZIGD: record 5 klopt niet", tampered.Out, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task TreeHead_KeptOutside_ThenProve_GivesAProofThatVerifiesAgainstIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: false);
        await using (var db = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 7);
        }

        var head = await RunAsync(["archive", "tree-head", .. Location(database)]);
        Assert.Equal(0, head.ExitCode);
        var (signed, publicKey) = JsonSerializer.Deserialize<Cli.Archive.TreeHeadJson>(head.Out)!.ToDomain();
        Assert.Equal(7, signed.TreeSize);
        Assert.True(signed.IsSignedBy(publicKey));

        var prove = await RunAsync(["archive", "prove", "--record", "3", "--tree-size", "7", .. Location(database)]);
        Assert.Equal(0, prove.ExitCode);
        using var json = JsonDocument.Parse(prove.Out);
        var proof = json.RootElement.GetProperty("proof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList();
        var leaf = Convert.FromHexString(json.RootElement.GetProperty("leafHash").GetString()!);
        Assert.True(MerkleTree.VerifyInclusion(leaf, 2, 7, proof, signed.RootHash));
        Assert.False(MerkleTree.VerifyInclusion(leaf, 3, 7, proof, signed.RootHash));
    }

    [Theory]
    [AllDatabases]
    public async Task Verify_WithAnOutsideTreeHead_CatchesAnArchiveRewrittenAndResignedInside(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: false);
        await using (var db = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 4);
        }

        var file = Path.Combine(Path.GetTempPath(), $"head-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await RunAsync(["archive", "tree-head", .. Location(database)])).Out);
        try
        {
            // An insider rewrites record 2 with a matching hash and removes the old heads: the database alone looks intact.
            await using (var db = database.NewContext())
            {
                await ArchiveAttacker.DisableTriggersAsync(db);
                await ArchiveAttacker.ReplaceContentAndHashAsync(db, 2, "{\"text\":\"Anders geschreven\"}"u8.ToArray());
                await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "DELETE FROM archive_tree_heads");
            }

            Assert.Equal(0, (await RunAsync(["archive", "verify", .. Location(database)])).ExitCode);
            var withOutside = await RunAsync(["archive", "verify", "--tree-head", file, .. Location(database)]);
            Assert.Equal(ExitCodes.Tampered, withOutside.ExitCode);
            Assert.Contains("tussen 1 en 4", withOutside.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Prove_ARecordOutsideTheTree_IsAUsageError()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using (var db = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        }

        var run = await RunAsync(["archive", "prove", "--record", "4", "--tree-size", "3", .. Location(database)]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("--record 4 kan niet", run.Error, StringComparison.Ordinal);
        var ok = await RunAsync(["archive", "prove", "--record", "3", "--tree-size", "3", .. Location(database)]);
        Assert.Equal(0, ok.ExitCode);
    }

    [Fact]
    public async Task BenchArchive_SmallArchive_EndsWithTheVerifyLine()
    {
        var run = await RunAsync(["bench", "archive", "--records", "50"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^verify: 50 records in \d+\.\d\d s$", run.Out.TrimEnd('\n').Split('\n')[^1]);
    }

    [Theory]
    [AllDatabases]
    public async Task Export_JsonLines_EveryRecordCarriesAProofThatVerifiesAgainstTheExportedHead(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: false);
        await using (var db = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 5);
        }

        var run = await RunAsync(["archive", "export", "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        var (head, publicKey) = JsonSerializer.Deserialize<Cli.Archive.TreeHeadJson>(JsonDocument.Parse(lines[0]).RootElement.GetProperty("treeHead").GetRawText())!.ToDomain();
        Assert.True(head.IsSignedBy(publicKey));
        foreach (var line in lines.Skip(1))
        {
            using var json = JsonDocument.Parse(line);
            var record = json.RootElement;
            var proof = record.GetProperty("inclusionProof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList();
            Assert.True(MerkleTree.VerifyInclusion(Convert.FromHexString(record.GetProperty("leafHash").GetString()!), record.GetProperty("leafIndex").GetInt64(), head.TreeSize, proof, head.RootHash));
            Assert.StartsWith("Wat een mooie sportdag", record.GetProperty("content").GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        var csv = await RunAsync(["archive", "export", "--format", "csv", .. Location(database)]);
        Assert.Equal(6, csv.Out.TrimEnd('\n').Split('\n').Length);
        Assert.StartsWith("sequence,type,recorded_at", csv.Out, StringComparison.Ordinal);
        Assert.Contains("\"Wat een mooie sportdag vandaag, bericht 3!\"", csv.Out, StringComparison.Ordinal);

        var other = await RunAsync(["archive", "export", "--account", "kompas-facebook", .. Location(database)]);
        Assert.Single(other.Out.TrimEnd('\n').Split('\n')); // the head only
    }

    private static string[] Location(TestDatabase database) => database.Settings.Provider == DatabaseProvider.Postgres
        ? ["--provider", "Postgres", "--connection", database.Settings.ConnectionString]
        : ["--data-dir", database.DataDirectory!];

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = await Program.BuildRoot(cli).Parse(args).InvokeAsync(cli.Invocation);
        return (exitCode, output.ToString(), error.ToString());
    }
}
