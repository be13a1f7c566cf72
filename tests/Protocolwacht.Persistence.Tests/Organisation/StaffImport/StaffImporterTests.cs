using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation.StaffImport;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Organisation.StaffImport;

/// <summary>The HR staff import (preview, apply with sign-in accounts) on every database, against the demo organisation.</summary>
public sealed class StaffImporterTests
{
    private static ServiceProvider Services(TestDatabase database) => new ServiceCollection()
        .AddLogging()
        .AddSingleton<TimeProvider>(database.Time)
        .AddProtocolwachtDatabase(database.Configuration(), Path.GetTempPath())
        .AddStaffAccounts()
        .Configure<SignInAccountOptions>(o => o.InitialAdmins = [])
        .BuildServiceProvider();

    /// <summary>The demo staff as an HR export (De Regenboog by BRIN 12AB, the others by school id), changed by <paramref name="edit"/>.</summary>
    private static async Task<string> ExportAsync(TestDatabase database, Func<List<string>, List<string>> edit)
    {
        await using var db = database.NewContext();
        var rows = await db.Staff.OrderBy(s => s.SortOrder)
            .Select(s => $"{s.Id};{s.Name};{(s.SchoolId == "regenboog" ? "12AB" : s.SchoolId)};{s.Role};{s.ManagerId};{s.Email}").ToListAsync();
        return "Personeelsnummer;Naam;School;Functie;Leidinggevende;E-mail werk\n" + string.Join('\n', edit(rows));
    }

    private static StaffFile Read(string csv) => StaffFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "personeel.csv");

    private static async Task<T> WithImporterAsync<T>(ServiceProvider services, Func<StaffImporter, Task<T>> use)
    {
        await using var scope = services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<StaffImporter>());
    }

    private static async Task<TestDatabase> DemoAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Schools.Where(s => s.Id == "regenboog").ExecuteUpdateAsync(s => s.SetProperty(r => r.Brin, "12AB"));
        return database;
    }

    private static List<string> Changed(List<string> rows) =>
    [
        .. rows.Where(r => !r.StartsWith("bas.meijer;", StringComparison.Ordinal))
            .Select(r => r.StartsWith("tom.hendriks;", StringComparison.Ordinal) ? "tom.hendriks;Tom Hendriks;kompas;Groepsleerkracht;youssef.bakker;tom.hendriks@konot.nl" : r),
        "nina.vos;Nina Vos;12AB;Leerkracht;karin.mulder;nina.vos@regenboog-esveld.nl",
    ];

    [Theory]
    [AllDatabases]
    public async Task Preview_ThenApply_AddsWithAccount_ChangesAndRemoves(DatabaseProvider provider)
    {
        await using var database = await DemoAsync(provider);
        await using var services = Services(database);
        var csv = await ExportAsync(database, Changed);

        var preview = await WithImporterAsync(services, i => i.PreviewAsync(Read(csv), "sanne.deboer"));

        Assert.True(preview.CanApply, string.Join('\n', preview.Issues));
        Assert.Equal(["Nina Vos (nina.vos): nieuw: Leerkracht"], preview.New.Select(c => c.ToString()));
        Assert.Equal(["bas.meijer"], preview.Removed.Select(c => c.StaffId));
        var tom = Assert.Single(preview.Changed, c => c.StaffId == "tom.hendriks");
        Assert.Contains("Basisschool De Regenboog → Kindcentrum Het Kompas", tom.Detail, StringComparison.Ordinal);
        Assert.Contains("leidinggevende karin.mulder → youssef.bakker", tom.Detail, StringComparison.Ordinal);
        await using (var db = database.NewContext())
        {
            Assert.False(await db.Staff.AnyAsync(s => s.Id == "nina.vos"));
        }

        var outcome = await WithImporterAsync(services, i => i.ApplyAsync(Read(csv), "sanne.deboer", preview.Fingerprint));

        Assert.True(outcome.Applied);
        await using var after = database.NewContext();
        Assert.Equal("regenboog medewerker", await after.Staff.Where(s => s.Id == "nina.vos").Select(s => s.SchoolId + " " + s.Role).SingleAsync());
        Assert.True(await after.Users.AnyAsync(u => u.StaffId == "nina.vos"));
        Assert.False(await after.Staff.AnyAsync(s => s.Id == "bas.meijer"));
        Assert.Equal("kompas", await after.Staff.Where(s => s.Id == "tom.hendriks").Select(s => s.SchoolId).SingleAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task Apply_UnknownFunctionOrSchool_NamesTheRow_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await DemoAsync(provider);
        await using var services = Services(database);
        var csv = await ExportAsync(database, rows =>
        [
            .. Changed(rows),
            "piet.bakker;Piet Bakker;12AB;Tovenaar;karin.mulder;",
            "els.kok;Els Kok;99ZZ;Leerkracht;karin.mulder;",
        ]);
        var lines = csv.Split('\n').Length;

        var outcome = await WithImporterAsync(services, i => i.ApplyAsync(Read(csv), "sanne.deboer", null));

        Assert.False(outcome.Applied);
        var issues = outcome.Preview.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(issues, m => m.StartsWith($"personeel.csv, regel {lines - 1}, kolom 4 (Functie): Onbekende functie 'Tovenaar'", StringComparison.Ordinal));
        Assert.Contains($"personeel.csv, regel {lines} (School): School '99ZZ' is geen BRIN-nummer of school-id van het bestuur.", issues);
        await using var after = database.NewContext();
        Assert.False(await after.Staff.AnyAsync(s => s.Id == "nina.vos"));
        Assert.True(await after.Staff.AnyAsync(s => s.Id == "bas.meijer"));
    }

    [Fact]
    public async Task Preview_WithoutThePersonImporting_IsRefused()
    {
        await using var database = await DemoAsync(DatabaseProvider.Sqlite);
        await using var services = Services(database);
        var csv = await ExportAsync(database, rows => [.. rows.Where(r => !r.StartsWith("sanne.deboer;", StringComparison.Ordinal))]);

        var asSanne = await WithImporterAsync(services, i => i.PreviewAsync(Read(csv), "sanne.deboer"));
        var asPeter = await WithImporterAsync(services, i => i.PreviewAsync(Read(csv), "peter.vandijk"));

        Assert.Contains("U (sanne.deboer) staat niet in het bestand", Assert.Single(asSanne.Issues).Message, StringComparison.Ordinal);
        Assert.True(asPeter.CanApply);
    }
}
