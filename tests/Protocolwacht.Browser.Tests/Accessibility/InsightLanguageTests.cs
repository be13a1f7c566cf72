using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// /insight in both languages on a laptop and a phone (stop 41's finding: its chart titles and table headers stayed
/// Dutch on the English page, and the protocol's Dutch part titles had no lang="nl"): the English page reads English
/// where it can, and axe finds nothing serious in either language. Screenshots in artifacts/screenshots/insight-*.png.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class InsightLanguageTests(BrowserFixture server)
{
    public static TheoryData<string, string> Screens => new()
    {
        { "nl-NL", "desktop" }, { "nl-NL", "phone" }, { "en", "desktop" }, { "en", "phone" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Insight_InEitherLanguage_HasItsTitlesInThatLanguage_NoSeriousAxeViolations(string language, string screen)
    {
        var sanne = await PageWalk.SignedInAsync(server, "sanne.deboer", screen == "phone" ? Viewports.Phone : Viewports.Desktop);
        await sanne.GotoAsync("/insight");
        if (language == "en")
        {
            await sanne.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        }

        await Assertions.Expect(sanne.Locator("h1")).ToHaveTextAsync(language == "en" ? "Insight" : "Inzicht");
        await Assertions.Expect(sanne.Locator("#chart-richtlijn-heading")).ToHaveTextAsync(language == "en" ? "Findings per guideline" : "Bevindingen per richtlijn");
        var violations = await Axe.SeriousViolationsAsync(sanne);
        await Screenshots.SaveAsync(sanne, $"insight-{(language == "en" ? "en" : "nl")}-{screen}");

        Assert.Empty(violations);
        await sanne.Context.CloseAsync();
    }
}
