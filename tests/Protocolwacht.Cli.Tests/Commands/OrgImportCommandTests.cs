using Microsoft.EntityFrameworkCore;
using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary><c>protocolwacht org import FILE</c> end to end, against the same database the web app uses.</summary>
public sealed class OrgImportCommandTests
{
    private static string DemoJson()
    {
        using var stream = typeof(Domain.Organisation.OrganisationModel).Assembly.GetManifestResourceStream("Protocolwacht.Domain.demo-organisation.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The demo file with new staff members placed before the last one (Mark Willems).</summary>
    private static string WithNewStaff(string json, params string[] ids) => json.Replace(
        "{ \"id\": \"mark.willems\"",
        string.Concat(ids.Select(id => $"{{ \"id\": \"{id}\", \"name\": \"Nieuwe Collega\", \"role\": \"medewerker\", \"function\": \"leerkracht groep 1\", \"school\": \"sintjozef\", \"manager\": \"ingrid.smit\" }},\n    ")) + "{ \"id\": \"mark.willems\"",
        StringComparison.Ordinal);

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(TestDatabase database, string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"org-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            return await RunCliAsync(["org", "import", file, .. Location(database)]);
        }
        finally
        {
            File.Delete(file);
        }
    }

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

    [Theory]
    [AllDatabases]
    public async Task Check_WithDatabase_UsesTheImportedOrganisation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Tom moves to Het Kompas: in the app's organisation he may no longer post for De Regenboog.
        var json = DemoJson().Replace(
            "\"function\": \"leerkracht groep 7\", \"school\": \"regenboog\", \"manager\": \"karin.mulder\"",
            "\"function\": \"leerkracht groep 7\", \"school\": \"kompas\", \"manager\": \"youssef.bakker\"",
            StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync(database, json)).ExitCode);
        string[] check = ["check", "Wat een mooie sportdag vandaag!", "--account", "regenboog-x", "--author", "tom.hendriks"];

        var fromDatabase = await RunCliAsync([.. check, "--database", .. Location(database)]);
        var fromDemo = await RunCliAsync(check);

        Assert.True(fromDatabase.ExitCode == ExitCodes.Block, fromDatabase.Out + fromDatabase.Error);
        Assert.Contains("unauthorized", fromDatabase.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Allow, fromDemo.ExitCode);
    }

    [Theory]
    [AllDatabases]
    public async Task Import_GoodFile_UpdatesTheOrganisation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var json = DemoJson().Replace("Basisschool De Regenboog", "Basisschool De Nieuwe Regenboog", StringComparison.Ordinal);

        var (exitCode, output, error) = await RunAsync(database, json);

        Assert.True(exitCode == 0, error);
        Assert.Contains("geïmporteerd", output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal("Basisschool De Nieuwe Regenboog", (await db.Schools.SingleAsync(s => s.Id == "regenboog")).Name);
    }

    [Theory]
    [AllDatabases]
    public async Task Import_InconsistentFile_IsRefusedWithLineAndField_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var json = DemoJson()
            .Replace("Basisschool De Regenboog", "Zou niet mogen veranderen", StringComparison.Ordinal)
            .Replace("\"role\": \"medewerker\", \"function\": \"leerkracht groep 7\"", "\"role\": \"juf\", \"function\": \"leerkracht groep 7\"", StringComparison.Ordinal);

        var (exitCode, _, error) = await RunAsync(database, json);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("er is niets gewijzigd", error, StringComparison.Ordinal);
        Assert.Contains("staff[8].role", error, StringComparison.Ordinal);
        Assert.Contains("regel 89", error, StringComparison.Ordinal);
        Assert.Contains("Onbekende rol 'juf'", error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal("Basisschool De Regenboog", (await db.Schools.SingleAsync(s => s.Id == "regenboog")).Name);
        Assert.Equal("medewerker", (await db.Staff.SingleAsync(s => s.Id == "tom.hendriks")).Role);
    }

    [Theory]
    [AllDatabases]
    public async Task Import_GoodFile_GivesEveryStaffMemberASignInAccount(DatabaseProvider provider)
    {
        // The database has the demo organisation but, without the web app having started, no accounts yet.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var before = database.NewContext())
        {
            Assert.False(await before.Users.AnyAsync());
        }

        var (exitCode, output, error) = await RunAsync(database, WithNewStaff(DemoJson(), "nina.vos"));

        Assert.True(exitCode == 0, error);
        await using var db = database.NewContext();
        var staff = await db.Staff.Select(s => s.Id).OrderBy(id => id).ToListAsync();
        Assert.Contains("nina.vos", staff);
        Assert.Equal(staff, await db.Users.Select(u => u.StaffId).OrderBy(id => id).ToListAsync());
        Assert.Equal(staff, await db.Users.Select(u => u.UserName!).OrderBy(id => id).ToListAsync());
        Assert.Contains($"{staff.Count} aanmeldaccounts aangemaakt", output, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task Import_StaffIdThatCannotBeAUserName_RollsBackTheWholeImport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Valid everywhere else, and written before the accounts: a renamed school and Nina with her account.
        var json = WithNewStaff(DemoJson(), "nina.vos", "chloë.jansen")
            .Replace("Basisschool De Regenboog", "Basisschool De Nieuwe Regenboog", StringComparison.Ordinal);

        var (exitCode, output, error) = await RunAsync(database, json);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("De import is mislukt en teruggedraaid; er is niets gewijzigd.", error, StringComparison.Ordinal);
        Assert.Contains("medewerker 'chloë.jansen'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("geïmporteerd", output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal("Basisschool De Regenboog", (await db.Schools.SingleAsync(s => s.Id == "regenboog")).Name);
        Assert.False(await db.Staff.AnyAsync(s => s.Id == "nina.vos" || s.Id == "chloë.jansen"));
        Assert.False(await db.Users.AnyAsync());

        // Without the refused id the same file applies, Nina's account included.
        Assert.Equal(0, (await RunAsync(database, json.Replace("chloë.jansen", "chloe.jansen", StringComparison.Ordinal))).ExitCode);
        Assert.True(await db.Users.AnyAsync(u => u.StaffId == "nina.vos"));
        Assert.Equal("Basisschool De Nieuwe Regenboog", (await db.Schools.AsNoTracking().SingleAsync(s => s.Id == "regenboog")).Name);
    }

    [Theory]
    [AllDatabases]
    public async Task Import_FileThatContradictsTheRegister_KeepsTheRegister_AndReportsTheConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // The file says "nee" for Emma (as the register does) and "ja" for Noah; his parent withdrew it since.
        await using (var db = database.NewContext())
        {
            db.ConsentChanges.Add(new ConsentChangeEntity
            {
                StudentId = "noah.bos",
                PurposeCode = ConsentPurpose.PhotoOnSocialMedia,
                Value = "no",
                GivenBy = "ellen.bos",
                WithdrawnAt = database.Time.GetUtcNow(),
                ChangedBy = "karin.mulder",
                ChangedAt = database.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        var (exitCode, output, error) = await RunAsync(database, DemoJson());

        Assert.True(exitCode == 0, error);
        Assert.Contains("0 toestemmingen vastgelegd", output, StringComparison.Ordinal);
        Assert.Contains("1 toestemming uit het bestand niet overgenomen", output, StringComparison.Ordinal);
        Assert.Contains("Noah Bos (noah.bos): het bestand zegt ja, het register zegt nee", output, StringComparison.Ordinal);
        await using var check = database.NewContext();
        var latest = await check.ConsentChanges.Where(c => c.StudentId == "noah.bos" && c.PurposeCode == ConsentPurpose.PhotoOnSocialMedia).OrderBy(c => c.Sequence).Select(c => c.Value).ToListAsync();
        Assert.Equal(["yes", "no"], latest);
    }
}
