using System.Net;
using System.Net.Http.Json;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Organisation;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Organisation;

public sealed class OrganisationTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task Organisation_ShowsSchoolsStaffAndStudentsOfTheOwnSchoolOnly()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");

        var schools = await tom.GetFromJsonAsync<List<SchoolDto>>(new Uri("/api/organisation/schools", UriKind.Relative));
        var staff = await tom.GetFromJsonAsync<List<StaffDto>>(new Uri("/api/organisation/staff", UriKind.Relative));
        var ownStudents = await tom.GetFromJsonAsync<List<StudentDto>>(new Uri("/api/organisation/schools/regenboog/students", UriKind.Relative));
        var otherStudents = await tom.GetAsync(new Uri("/api/organisation/schools/kompas/students", UriKind.Relative));
        var page = await tom.GetStringAsync(new Uri("/organisation", UriKind.Relative));

        Assert.Equal(["regenboog", "kompas", "sintjozef"], schools!.Select(s => s.Id));
        Assert.Equal("karin.mulder", staff!.Single(s => s.Id == "tom.hendriks").ManagerId);
        Assert.Equal(5, ownStudents!.Count);
        Assert.False(ownStudents.Single(s => s.Id == "emma.dewit").SocialMediaConsent);
        Assert.Equal(HttpStatusCode.Forbidden, otherStudents.StatusCode);
        Assert.Contains("Basisschool De Regenboog", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// The staff table is a card per person on a phone (site.css's stacked-table: every cell on a line of its own, saying
    /// what it is): stop 51's phone walk found its five columns scrolled sideways, the function, school and manager out
    /// of sight.
    /// </summary>
    [Fact]
    public async Task OrganisationPage_StaffTable_StacksOnAPhone_EveryCellSaysWhatItIs()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");

        var page = WebUtility.HtmlDecode(await tom.GetStringAsync(new Uri("/organisation", UriKind.Relative)));
        var start = page.IndexOf("<tr data-staff=\"tom.hendriks\">", StringComparison.Ordinal);
        var tomsRow = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];

        Assert.Contains("<table class=\"stacked-table\" data-testid=\"staff\">", page, StringComparison.Ordinal);
        Assert.Equal(5, tomsRow.Split("<td><span class=\"cell-label\">").Length - 1);
        Assert.Contains("<span class=\"cell-label\">Leidinggevende</span>Karin Mulder</td>", tomsRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_SpeakDutchByDefault_AndEnglishWhenTheBrowserAsks()
    {
        var app = await apps.FreshAsync();
        using var client = app.Anonymous();

        var dutch = await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/signin", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var english = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"nl\">", dutch, StringComparison.Ordinal);
        Assert.Contains(">Wachtwoord</label>", dutch, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains(">Password</label>", english, StringComparison.Ordinal);
    }
}
