using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Organisation;

/// <summary>The organisation-import use case, registered as the CLI registers it, on every database.</summary>
public sealed class OrganisationImporterTests
{
    private static readonly StaffMember Nina = new("nina.vos", "Nina Vos", StaffRole.Medewerker, "leerkracht groep 1", "regenboog", "karin.mulder");

    private static OrganisationModel Changed()
    {
        var demo = OrganisationModel.Demo;
        var schools = demo.Schools.Select(s => s.Id == "kompas" ? s with { Name = "Kindcentrum Het Nieuwe Kompas" } : s).ToList();
        var staff = demo.Staff.Where(s => s.Id != "bas.meijer").Append(Nina).ToList();
        var students = demo.Students.Where(s => s.Id != "daan.kok")
            .Select(s => s.Id == "emma.dewit" ? s with { SocialMediaConsent = true } : s).ToList();
        var parents = demo.Parents.Where(p => p.Id != "priya.kok").ToList();
        return new OrganisationModel(demo.Board, schools, staff, students, parents, demo.PostingRights);
    }

    private static ServiceProvider Services(TestDatabase database, params string[] initialAdmins) => new ServiceCollection()
        .AddLogging()
        .AddSingleton<TimeProvider>(database.Time)
        .AddProtocolwachtDatabase(database.Configuration(), Path.GetTempPath())
        .AddStaffAccounts()
        .Configure<SignInAccountOptions>(o => o.InitialAdmins = initialAdmins)
        .BuildServiceProvider();

    private static async Task<OrganisationImportSummary> ImportAsync(ServiceProvider services, OrganisationModel model)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrganisationImporter>().ImportAsync(model, "sanne.deboer");
    }

    /// <summary>The demo staff get their accounts first, as the web app's start gives them.</summary>
    private static async Task<int> GiveDemoStaffAccountsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SignInAccounts>().CreateMissingAsync();
    }

    [Theory]
    [AllDatabases]
    public async Task Import_ChangedOrganisation_AddsUpdatesAndRemoves(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);

        var summary = await ImportAsync(services, Changed());

        Assert.Equal(0, summary.ConsentChanges);
        Assert.Equal(
            [("emma.dewit", ConsentPurpose.PhotoOnSocialMedia, ConsentValue.Yes, ConsentValue.No), ("emma.dewit", ConsentPurpose.NameOnSocialMedia, ConsentValue.Yes, ConsentValue.No)],
            summary.ConsentConflicts.Select(c => (c.StudentId, c.PurposeCode, c.FileValue, c.RegisterValue)));
        await using var check = database.NewContext();
        var model = await new OrganisationReader(check, database.Time).LoadRequiredAsync();
        Assert.Equal("Kindcentrum Het Nieuwe Kompas", model.FindSchool("kompas")!.Name);
        Assert.NotNull(model.FindStaff("nina.vos"));
        Assert.Null(model.FindStaff("bas.meijer"));
        Assert.Null(model.FindStudent("daan.kok"));
        // The register knew Emma's "nee": the file's "ja" is reported, never recorded.
        Assert.False(model.FindStudent("emma.dewit")!.SocialMediaConsent);
        Assert.DoesNotContain(model.Parents, p => p.Id == "priya.kok");
        // History is evidence: the removed student's records are kept; nothing was added for Emma.
        Assert.Equal(2, await check.ConsentChanges.CountAsync(c => c.StudentId == "emma.dewit"));
        Assert.Equal(2, await check.ConsentChanges.CountAsync(c => c.StudentId == "daan.kok" || c.StudentId == "noah.bos"));
    }

    [Theory]
    [AllDatabases]
    public async Task Import_NewStaff_GetTheirSignInAccountInTheSameImport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database, "nina.vos");
        var demoAccounts = await GiveDemoStaffAccountsAsync(services);

        var summary = await ImportAsync(services, Changed());

        Assert.Equal(OrganisationModel.Demo.Staff.Count, demoAccounts);
        Assert.Equal(1, summary.SignInAccountsCreated);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var nina = await users.FindByNameAsync("nina.vos");
        Assert.NotNull(nina);
        Assert.Equal("nina.vos", nina.StaffId);
        Assert.True(await users.IsInRoleAsync(nina, AppRoles.Admin));
        Assert.False(await users.HasPasswordAsync(nina));
    }

    [Theory]
    [AllDatabases]
    public async Task Import_AccountRefusedAfterTheRowsAndAnotherAccount_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        await GiveDemoStaffAccountsAsync(services);
        // Nina's account is created first; then "chloë.jansen" cannot be a user name (Identity allows no
        // accents), after the renamed school, the removed staff member and Nina's account were written.
        var chloe = new StaffMember("chloë.jansen", "Chloë Jansen", StaffRole.Medewerker, "leerkracht groep 3", "regenboog", "karin.mulder");
        var changed = Changed();
        var refused = new OrganisationModel(changed.Board, changed.Schools, [.. changed.Staff, chloe], changed.Students, changed.Parents, changed.PostingRights);

        var error = await Assert.ThrowsAsync<SignInAccountException>(() => ImportAsync(services, refused));

        Assert.Equal("chloë.jansen", error.StaffId);
        Assert.Contains("medewerker 'chloë.jansen'", error.Message, StringComparison.Ordinal);
        Assert.Contains("geen geldige gebruikersnaam", error.Message, StringComparison.Ordinal);
        await using (var check = database.NewContext())
        {
            Assert.Equal("Kindcentrum Het Kompas", (await check.Schools.SingleAsync(s => s.Id == "kompas")).Name);
            Assert.True(await check.Staff.AnyAsync(s => s.Id == "bas.meijer"));
            Assert.False(await check.Staff.AnyAsync(s => s.Id == "nina.vos" || s.Id == "chloë.jansen"));
            Assert.False(await check.Users.AnyAsync(u => u.StaffId == "nina.vos"));
            Assert.Equal(OrganisationModel.Demo.Staff.Count, await check.Users.CountAsync());
        }

        // The same file without the refused id applies: all of the above could have happened.
        var summary = await ImportAsync(services, changed);
        await using var after = database.NewContext();
        Assert.Equal(1, summary.SignInAccountsCreated);
        Assert.Equal("Kindcentrum Het Nieuwe Kompas", (await after.Schools.SingleAsync(s => s.Id == "kompas")).Name);
        Assert.True(await after.Users.AnyAsync(u => u.StaffId == "nina.vos"));
    }

    [Theory]
    [AllDatabases]
    public async Task Import_FailingHalfway_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        var demo = OrganisationModel.Demo;
        // Valid rows first (a renamed school), then a student whose school does not exist: the database
        // refuses the foreign key after the rename was already written inside the transaction.
        var schools = demo.Schools.Select(s => s with { Name = s.Name + " (gewijzigd)" }).ToList();
        var students = demo.Students.Append(new Student("ghost", "Spook", "bestaat-niet", "1", null)).ToList();
        var broken = new OrganisationModel(demo.Board, schools, demo.Staff, students, demo.Parents, demo.PostingRights);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => ImportAsync(services, broken));

        await using var check = database.NewContext();
        Assert.Equal(demo.Schools.Select(s => s.Name).Order(), (await check.Schools.Select(s => s.Name).ToListAsync()).Order());
        Assert.False(await check.Students.AnyAsync(s => s.Id == "ghost"));
        Assert.False(await check.Users.AnyAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task ApplyRows_WithoutATransaction_IsRefusedBeforeWriting(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new OrganisationRows(db, database.Time).ApplyAsync(Changed()));

        Assert.Equal("Kindcentrum Het Kompas", (await db.Schools.AsNoTracking().SingleAsync(s => s.Id == "kompas")).Name);
    }
}
