using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// <c>protocolwacht archive verify</c> when it cannot do its work: the database is not there, is locked by another
/// program, or the outside tree head is not one. The user reads what is wrong and where in Dutch, and nothing changes.
/// The CLI waits one second for a lock (<see cref="SqliteWaitSetting"/>), not the default 30.
/// </summary>
[Collection(SqliteWaitSetting.Name)]
public sealed class ArchiveCommandFailureTests
{
    [Fact]
    public async Task Verify_NoDatabaseInTheFolder_SaysSoInDutch_AndCreatesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-leeg-").FullName;
        try
        {
            var run = await AsyncCli.RunAsync("archive", "verify", "--data-dir", folder);

            Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
            Assert.StartsWith($"Er is geen database in '{folder}': het bestand 'protocolwacht.db' ontbreekt.", run.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(folder)); // SQLite would have made an empty protocolwacht.db here
            AsyncCli.AssertNoStackTraceNorEnglish(run);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Verify_DatabaseLockedByAnotherProgram_SaysItIsLockedInDutch()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using (var db = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        }

        DatabaseInitializer.ReleaseSqliteFiles();
        var file = Path.Combine(database.DataDirectory!, "protocolwacht.db");
        CliRun run;
        using (new SqliteLock(file))
        {
            Assert.True(SqliteLock.RefusesReaders(file), "the lock must keep readers out, or this test shows nothing");

            run = await SqliteWaitSetting.RunWithOneSecondWaitAsync(database, "archive", "verify");
        }

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith($"Het archief kan niet worden gelezen. De SQLite-database '{file}': de database is vergrendeld", run.Error, StringComparison.Ordinal);
        AsyncCli.AssertNoStackTraceNorEnglish(run);

        var after = await AsyncCli.RunAsync(["archive", "verify", .. AsyncCli.Location(database)]);
        Assert.StartsWith("Archief intact: 3 records", after.Output, StringComparison.Ordinal); // nothing was changed
    }

    [Theory]
    [InlineData("dit is geen json", "geen geldige JSON of een veld van de verkeerde soort (regel 1)")]
    [InlineData("{\"treeSize\": 3, \"timestamp\": \"2026-10-01T09:00:00Z\"}", "het veld 'rootHash' ontbreekt")]
    [InlineData("{\"treeSize\": \"drie\"}", "(regel 1, bij 'treeSize')")]
    [InlineData("{\"treeSize\": 3, \"rootHash\": \"zz\", \"timestamp\": \"2026-10-01T09:00:00Z\", \"keyId\": \"k\", \"publicKey\": \"AA==\", \"signature\": \"AA==\", \"signedData\": \"\"}", "rootHash moet hexadecimaal zijn")]
    public async Task Verify_TreeHeadFileThatIsNoTreeHead_NamesTheFileAndWhatIsWrong(string content, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        using var file = new TempFile(content);

        var run = await AsyncCli.RunAsync(["archive", "verify", "--tree-head", file.Path, .. AsyncCli.Location(database)]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith($"'{file.Path}' is geen", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Er is niets nagerekend.", run.Error.TrimEnd(), StringComparison.Ordinal);
        AsyncCli.AssertNoStackTraceNorEnglish(run);
    }

    [Fact]
    public async Task Verify_MissingTreeHeadFile_SaysItDoesNotExist()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        var missing = Path.Combine(Path.GetTempPath(), $"geen-{Guid.NewGuid():N}.json");

        var run = await AsyncCli.RunAsync(["archive", "verify", "--tree-head", missing, .. AsyncCli.Location(database)]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"Het bestand '{missing}' bestaat niet; er is niets nagerekend.", run.Error.Trim());
    }
}
