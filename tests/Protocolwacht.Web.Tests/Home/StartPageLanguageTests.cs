using System.Net;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Home;

/// <summary>
/// Stop 35 found a director's start page half Dutch for an English reader: the role shown as its code, and the panels'
/// row details (who asked, how long it waited) in Dutch. The role is now its name, and the details are in the reader's
/// language; names and the post's own words stay as written.
/// </summary>
public sealed class StartPageLanguageTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task DirectorsStartPage_ShowsTheRoleByName_AndTheAdviceRowsDetails_InTheReadersLanguage()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("bas.meijer");
        using var bas = await app.SignInAsync("bas.meijer");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await bas.ComposeAsync(DoubtText, "regenboog-x");
        await bas.RequestAdviceAsync(id);

        var dutch = WebUtility.HtmlDecode(await karin.GetPageAsync("/"));
        using (var switched = await karin.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        var english = WebUtility.HtmlDecode(await karin.GetPageAsync("/"));

        Assert.Contains("<p class=\"hint\" data-testid=\"staff-role\">directeur (directielid)</p>", dutch, StringComparison.Ordinal);
        Assert.Contains("gevraagd door Bas Meijer · wacht minder dan een werkdag", dutch, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\" data-testid=\"staff-role\">directeur (member of school management)</p>", english, StringComparison.Ordinal);
        Assert.Contains("asked by Bas Meijer · waiting less than a working day", english, StringComparison.Ordinal);
        Assert.DoesNotContain("gevraagd door", english, StringComparison.Ordinal);
        Assert.Contains("Daan Kok uit groep 3 heeft vandaag", english, StringComparison.Ordinal);
        Assert.DoesNotContain("panel-my-posts", dutch, StringComparison.Ordinal); // nothing of her own waits: no empty card beside her panels
    }

    [Fact]
    public async Task OrganisationPage_ShowsEachPersonsRoleByName_NotItsCode()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var page = WebUtility.HtmlDecode(await sanne.GetPageAsync("/organisation"));

        Assert.Contains("<td><span class=\"cell-label\">Naam</span>Karin Mulder <span class=\"hint\">(karin.mulder)</span></td>\n                <td><span class=\"cell-label\">Rol</span>directielid</td>", page.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<span class=\"cell-label\">Rol</span>stafmedewerker</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"cell-label\">Rol</span>directie</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"cell-label\">Rol</span>staf</td>", page, StringComparison.Ordinal);
    }
}
