using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Organisation.Edit;

/// <summary>An administrator edits one school, staff member or pupil; every edit is validated whole and saved in one go.</summary>
public sealed class EditPagesTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static async Task<string> Html(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task EditSchool_SavesTheBrin_AndRefusesABrinOfAnotherSchool(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var sanne = await app.SignInAsync("sanne.deboer");

        var saved = await Html(await sanne.PostFormAsync("/organisation/schools/regenboog/edit",
            new() { ["Input.Name"] = "Basisschool De Regenboog", ["Input.Town"] = "Esveld", ["Input.Brin"] = "12ab" }));
        var refused = await Html(await sanne.PostFormAsync("/organisation/schools/kompas/edit",
            new() { ["Input.Name"] = "Ander Kompas", ["Input.Town"] = "Brinkhorst", ["Input.Brin"] = "12AB" }));

        Assert.Contains("Opgeslagen.", saved, StringComparison.Ordinal);
        Assert.Contains("BRIN-nummer 12AB hoort al bij een andere school.", refused, StringComparison.Ordinal);
        Assert.Equal("12AB", await app.WithDbAsync(db => db.Schools.Where(s => s.Id == "regenboog").Select(s => s.Brin).SingleAsync()));
        Assert.Equal("Kindcentrum Het Kompas", await app.WithDbAsync(db => db.Schools.Where(s => s.Id == "kompas").Select(s => s.Name).SingleAsync()));
    }

    [Theory]
    [AllDatabases]
    public async Task EditStaff_NewManagerSaved_AManagerCycleRefused(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var sanne = await app.SignInAsync("sanne.deboer");
        Dictionary<string, string> Tom(string manager) => new()
        {
            ["Input.Name"] = "Tom Hendriks",
            ["Input.Role"] = "medewerker",
            ["Input.Function"] = "leerkracht groep 8",
            ["Input.SchoolId"] = "regenboog",
            ["Input.ManagerId"] = manager,
            ["Input.Email"] = "tom.hendriks@regenboog-esveld.nl",
        };

        var saved = await Html(await sanne.PostFormAsync("/organisation/staff/tom.hendriks/edit", Tom("eva.degroot")));
        // Eva reports to Karin; making Karin report to Tom would close a circle Karin → Tom → Eva → Karin.
        var karin = await Html(await sanne.PostFormAsync("/organisation/staff/karin.mulder/edit", new()
        {
            ["Input.Name"] = "Karin Mulder",
            ["Input.Role"] = "directie",
            ["Input.Function"] = "directeur",
            ["Input.SchoolId"] = "regenboog",
            ["Input.ManagerId"] = "tom.hendriks",
            ["Input.Email"] = string.Empty,
        }));

        Assert.Contains("Opgeslagen.", saved, StringComparison.Ordinal);
        Assert.Equal("eva.degroot / leerkracht groep 8", await app.WithDbAsync(db => db.Staff.Where(s => s.Id == "tom.hendriks").Select(s => s.ManagerId + " / " + s.Function).SingleAsync()));
        Assert.Contains("zijn eigen leidinggevende", karin, StringComparison.Ordinal);
        Assert.Equal("marieke.jansen", await app.WithDbAsync(db => db.Staff.Where(s => s.Id == "karin.mulder").Select(s => s.ManagerId).SingleAsync()));
    }

    [Fact]
    public async Task EditPupil_ByAdministrator_Saves_ByADirector_IsRefused()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var karin = await app.SignInAsync("karin.mulder");
        var fields = new Dictionary<string, string> { ["Input.Name"] = "Noah Bos", ["Input.SchoolId"] = "regenboog", ["Input.Group"] = "8" };

        var director = await karin.GetAsync(new Uri("/organisation/pupils/noah.bos/edit", UriKind.Relative));
        var saved = await Html(await sanne.PostFormAsync("/organisation/pupils/noah.bos/edit", fields));

        Assert.NotEqual(HttpStatusCode.OK, director.StatusCode);
        Assert.Contains("Opgeslagen.", saved, StringComparison.Ordinal);
        Assert.Equal("8", await app.WithDbAsync(db => db.Students.Where(s => s.Id == "noah.bos").Select(s => s.Group).SingleAsync()));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "student.changed").Select(e => e.Actor + " " + e.Subject + " " + e.Details).SingleAsync());
        Assert.Equal("sanne.deboer student:noah.bos gewijzigd: Group", audit);
    }
}
