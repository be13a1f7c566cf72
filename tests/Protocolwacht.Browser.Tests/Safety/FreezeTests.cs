using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Safety;

/// <summary>In a real browser: a director stops publishing, the composer says why, and lifting it is a separate, recorded step.</summary>
[Collection(SafetyCollection.Name)]
public class FreezeTests(BrowserFixture server)
{
    private const string Reason = "Na het overlijden van een leerling plaatsen we voorlopig niets.";

    [Fact]
    public async Task DirectorFreezesSchool_ComposerShowsReason_UntilLiftedExplicitly()
    {
        await server.App.AcknowledgeProtocolAsync("bas.meijer");
        var bas = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(bas, "bas.meijer");
        await bas.GotoAsync("/compose");
        await Assertions.Expect(bas.GetByLabel("Tekst")).ToBeVisibleAsync();
        await Assertions.Expect(bas.GetByTestId("freeze-notice")).ToHaveCountAsync(0);

        var karin = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(karin, "karin.mulder");
        await karin.GotoAsync("/freezes");
        await Assertions.Expect(karin.GetByTestId("freeze-school").Locator("option")).ToHaveCountAsync(1); // only her own school
        await karin.GetByTestId("freeze-reason").FillAsync(Reason);
        await karin.GetByTestId("freeze-start").ClickAsync();
        await Assertions.Expect(karin.Locator("[data-testid=freeze][data-active=true]")).ToContainTextAsync(Reason);

        await bas.GotoAsync("/compose");
        await Assertions.Expect(bas.GetByTestId("freeze-notice-reason")).ToHaveTextAsync(Reason);
        await Screenshots.SaveAsync(bas, "freeze-composer-notice");

        await karin.GetByLabel("Toelichting (optioneel)").FillAsync("Ouders en team zijn geïnformeerd.");
        await karin.GetByTestId("freeze-lift").ClickAsync();
        await Assertions.Expect(karin.Locator("[data-testid=freeze][data-active=false]")).ToContainTextAsync("Ouders en team zijn geïnformeerd.");
        await Screenshots.SaveAsync(karin, "freeze-lifted-record");

        await bas.GotoAsync("/compose");
        await Assertions.Expect(bas.GetByTestId("freeze-notice")).ToHaveCountAsync(0);
    }
}
