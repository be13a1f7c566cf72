using System.Net;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Home;

/// <summary>
/// The start page's panels on their own (<c>/?handler=Panels</c>), which the page fetches again when the menu's event
/// stream reports a change (the live behaviour itself: Browser.Tests/Home/LivePanelsTests): the same panels as the page,
/// without the page around them, and nothing for a visitor.
/// </summary>
public sealed class StartPagePanelsTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task PanelsHandler_GivesTheDirectorsPanelsAlone_AndAVisitorNothing()
    {
        var app = await apps.FreshAsync();
        using var karin = await app.SignInAsync("karin.mulder");

        var page = WebUtility.HtmlDecode(await karin.GetPageAsync("/"));
        Assert.Contains("hx-get=\"/?handler=Panels\" hx-trigger=\"htmx:sseMessage from:nav.main-menu\"", page, StringComparison.Ordinal);
        Assert.Contains("sse-connect=\"/events", page, StringComparison.Ordinal); // the stream the panels listen to is on the page

        var panels = WebUtility.HtmlDecode(await karin.GetPageAsync("/?handler=Panels"));
        Assert.Contains("data-testid=\"panel-advice-waiting\"", panels, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"panel-advice-waiting\">Advies gevraagd</h2>", panels, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", panels, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"main-menu\"", panels, StringComparison.Ordinal);

        using var visitor = app.Anonymous();
        var none = await visitor.GetAsync("/?handler=Panels");
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.DoesNotContain("panel-", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
