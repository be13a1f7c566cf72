using System.Net;
using System.Text.RegularExpressions;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Home;

/// <summary>
/// A teacher's start page says what waits for them as an author (MyPostsHomeOverview): each of their posts that needs
/// them or waits for someone else, with a link to it, in the reader's language; with nothing waiting, it says so (to a
/// teacher; a director's or administrator's own panels come without an empty card beside them: StartPageLanguageTests).
/// </summary>
public sealed partial class MyPostsPanelTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task TeacherWithoutPosts_SeesThatNothingWaits()
    {
        var app = await apps.FreshAsync();
        using var fatima = await app.SignInAsync("fatima.yilmaz");

        var panel = Panel(WebUtility.HtmlDecode(await fatima.GetPageAsync("/")));

        Assert.Contains("<h2 id=\"panel-my-posts\">Wat op je wacht</h2>", panel, StringComparison.Ordinal);
        Assert.Contains("Er wacht niets op jou: geen berichten bij advies, niets teruggestuurd en niets ingepland.", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("panel-row", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeachersPost_ShowsWhatItWaitsFor_FromDoubtToAdviceToReturned_WithALink_InDutchAndEnglish()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("bas.meijer");
        using var bas = await app.SignInAsync("bas.meijer");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await bas.ComposeAsync(DoubtText, "regenboog-x");

        var doubt = Panel(WebUtility.HtmlDecode(await bas.GetPageAsync("/")));
        await bas.RequestAdviceAsync(id);
        var asked = Panel(WebUtility.HtmlDecode(await bas.GetPageAsync("/")));
        await karin.ReturnAsync(id, "Noem liever geen volledige naam.");
        var returned = Panel(WebUtility.HtmlDecode(await bas.GetPageAsync("/")));
        using (var switched = await bas.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        var english = Panel(WebUtility.HtmlDecode(await bas.GetPageAsync("/")));

        Assert.Contains($"<a href=\"/posts/{id}\">Daan Kok uit groep 3", doubt, StringComparison.Ordinal);
        Assert.Contains("de controle twijfelt: vraag advies", doubt, StringComparison.Ordinal);
        Assert.Contains("wacht op advies van Karin Mulder", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("let op", asked, StringComparison.Ordinal); // waiting for someone else is no alarm
        Assert.Contains("teruggestuurd: pas het aan", returned, StringComparison.Ordinal);
        Assert.Contains("let op", returned, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"panel-my-posts\">What waits for you</h2>", english, StringComparison.Ordinal);
        Assert.Contains("returned: change it", english, StringComparison.Ordinal);
        Assert.DoesNotContain("teruggestuurd", english, StringComparison.Ordinal);
        Assert.Contains("Daan Kok uit groep 3 heeft vandaag", english, StringComparison.Ordinal); // the post's own words stay
    }

    private static string Panel(string page)
    {
        var match = MyPosts().Match(page);
        Assert.True(match.Success, "no 'my-posts' panel on the start page");
        return match.Value;
    }

    [GeneratedRegex("<section class=\"card\" aria-labelledby=\"panel-my-posts\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex MyPosts();
}
