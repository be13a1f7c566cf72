using System.Net;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Home;

/// <summary>
/// The insight on the start page's "Wat kun je nu doen?" list for whoever may open it: a board member (the page made for
/// overseeing the board, which until stop 50 only the menu's registers led to), a director and an administrator; not
/// for a teacher, whom /insight refuses. The menu's link is another matter (MainMenuTests): this reads the list alone.
/// </summary>
public sealed class InsightStartLinkTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("marieke.jansen", "voor het hele bestuur")] // cvb, no administrator
    [InlineData("sanne.deboer", "voor het hele bestuur")] // staf, administrator
    [InlineData("karin.mulder", "op je school")] // director of De Regenboog
    public async Task StartPage_OfWhoMaySeeTheInsight_LinksToIt_SayingWhoseFigures(string staffId, string whose)
    {
        using var client = await shared.App.SignInAsync(staffId);

        var links = HomeLinks(await client.GetPageAsync("/"));

        Assert.Contains("<a href=\"/insight\">Inzicht</a>", links, StringComparison.Ordinal);
        Assert.Contains(whose, links, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_OfATeacher_HasNoInsightLink_WhichTheInsightWouldRefuse()
    {
        using var teacher = await shared.App.SignInAsync("tom.hendriks");

        var links = HomeLinks(await teacher.GetPageAsync("/"));
        var refused = await teacher.GetAsync(new Uri("/insight", UriKind.Relative));

        Assert.Contains("<a href=\"/compose\">", links, StringComparison.Ordinal); // the list is there, with his own links
        Assert.DoesNotContain("/insight", links, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static string HomeLinks(string page)
    {
        var decoded = WebUtility.HtmlDecode(page);
        var start = decoded.IndexOf("data-testid=\"home-links\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no start-page list");
        return decoded[start..decoded.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }
}
