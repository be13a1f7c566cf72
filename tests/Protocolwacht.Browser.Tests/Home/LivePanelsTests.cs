using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;

namespace Protocolwacht.Browser.Tests.Home;

/// <summary>
/// A director's start page left open: an advice request that reaches them appears in "Advies gevraagd" without a
/// reload, and leaves it once answered, as the menu's counter does (the panels follow the menu's event stream). Until
/// 2026-12-05 the counter in the menu said 1 while the panel beside it still said "Er wachten geen adviesvragen op jou.".
/// </summary>
[Collection(SafetyCollection.Name)]
public sealed class LivePanelsTests(BrowserFixture server)
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task DirectorsStartPage_AdviceRequestAppearsAndLeavesWithoutAReload()
    {
        var app = server.App;
        await app.AcknowledgeProtocolAsync("bas.meijer");
        var karin = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(karin, "karin.mulder"); // Bas's director
        await karin.GotoAsync("/");
        var panel = karin.GetByTestId("panel-advice-waiting");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(karin.Locator("nav.main-menu[sse-connect]")).ToHaveCountAsync(1);

        using var bas = await app.SignInAsync("bas.meijer");
        var post = await bas.ComposeAsync(DoubtText, "regenboog-x");
        await bas.RequestAdviceAsync(post, "Mag de naam erin?");

        var row = panel.Locator($"a[href='/posts/{post}']");
        await Assertions.Expect(row).ToHaveCountAsync(1); // on the page as it was
        await Assertions.Expect(karin.GetByTestId("menu-count-advice-waiting")).ToBeVisibleAsync();

        using (var karinsClient = await app.SignInAsync("karin.mulder")) // she answers from her laptop; the open page follows
        {
            await karinsClient.ApproveAsync(post, "Akkoord.");
        }

        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.EndsWith("/", karin.Url, StringComparison.Ordinal);
    }
}
