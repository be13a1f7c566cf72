using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// <c>org import</c> (one transaction) while another program holds the database locked: the user reads in Dutch that
/// it is locked and that nothing changed, and once the lock is gone the database is as it was. The CLI waits one second
/// for the lock (<see cref="SqliteWaitSetting"/>), not the default 30.
/// </summary>
[Collection(SqliteWaitSetting.Name)]
public sealed class OrgImportLockedDatabaseTests
{
    [Fact]
    public async Task OrgImport_DatabaseLocked_SaysSoInDutch_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var before = await StaffCountAsync(database);
        using var org = new TempFile(DemoWithOneMoreStaffMember());
        DatabaseInitializer.ReleaseSqliteFiles();
        var file = Path.Combine(database.DataDirectory!, "protocolwacht.db");
        CliRun run;
        using (new SqliteLock(file))
        {
            Assert.True(SqliteLock.RefusesReaders(file), "the lock must keep others out, or this test shows nothing");

            run = await SqliteWaitSetting.RunWithOneSecondWaitAsync(database, "org", "import", org.Path);
        }

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith($"De import is mislukt en teruggedraaid; er is niets gewijzigd. De SQLite-database '{file}': de database is vergrendeld", run.Error, StringComparison.Ordinal);
        AsyncCli.AssertNoStackTraceNorEnglish(run);
        Assert.Equal(before, await StaffCountAsync(database));

        var again = await AsyncCli.RunAsync(["org", "import", org.Path, .. AsyncCli.Location(database)]);
        Assert.True(again.ExitCode == 0, again.Error); // the same file goes in once the lock is gone
        Assert.Equal(before + 1, await StaffCountAsync(database));
    }

    private static async Task<int> StaffCountAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Staff.CountAsync();
    }

    private static string DemoWithOneMoreStaffMember()
    {
        using var stream = typeof(Domain.Organisation.OrganisationModel).Assembly.GetManifestResourceStream("Protocolwacht.Domain.demo-organisation.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace(
            "{ \"id\": \"mark.willems\"",
            "{ \"id\": \"nieuwe.collega\", \"name\": \"Nieuwe Collega\", \"role\": \"medewerker\", \"function\": \"leerkracht groep 1\", \"school\": \"sintjozef\", \"manager\": \"ingrid.smit\" },\n    { \"id\": \"mark.willems\"",
            StringComparison.Ordinal);
    }
}
