using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Compose;

/// <summary>
/// The composer on a phone keeps the check's findings right under the text (no scrolling back and forth),
/// and on a laptop puts them beside the text.
/// </summary>
[Collection(Accessibility.AccessibilityCollection.Name)]
public sealed class ComposerLayoutTests(BrowserFixture server)
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task Compose_Phone_FindingsInViewAfterTyping_ThenSentForAdvice()
    {
        var page = await server.NewPageAsync(viewport: Viewports.Phone);
        await SignInAndAcknowledgeAsync(page, "fatima.yilmaz");

        await ComposeAsync(page, "regenboog-x", DoubtText, "doubt", typeKeyByKey: true);

        await Assertions.Expect(page.GetByTestId("live-verdict")).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByTestId("live-finding").First).ToBeInViewportAsync();
        var text = await page.GetByTestId("post-text-input").BoundingBoxAsync();
        var check = await page.GetByTestId("live-check").BoundingBoxAsync();
        Assert.True(check!.Y > text!.Y, "on a phone the check comes under the text");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");

        // The platform's rule ("… tot 4 afbeeldingen") and its counter ("65 / 280") are apart, not one run of text.
        var limit = page.GetByTestId("limit-regenboog-x");
        await Assertions.Expect(limit.Locator("[data-count]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ / 280$"));
        var rule = await limit.Locator(".platform-limits__rule").BoundingBoxAsync();
        var count = await limit.Locator("[data-count]").BoundingBoxAsync();
        Assert.True(count!.Y >= rule!.Y + rule.Height || count.X >= rule.X + rule.Width + 8,
            $"counter at ({count.X}, {count.Y}) {count.Width}×{count.Height} touches the rule at ({rule.X}, {rule.Y}) {rule.Width}×{rule.Height}");

        // And sends it for advice, still on the phone: the post's page puts the question and the button in reach.
        await SaveAndOpenPostAsync(page);
        await page.GetByLabel("Vraag aan je leidinggevende (optioneel)").FillAsync("Mag de naam van Daan erin?");
        await page.GetByTestId("request-advice").ClickAsync();
        await Assertions.Expect(page.GetByTestId("post-state")).ToHaveTextAsync("advies gevraagd");
        await Assertions.Expect(page.GetByTestId("post-state")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Compose_Desktop_CheckBesideTheText()
    {
        var page = await server.NewPageAsync(viewport: Viewports.Desktop);
        await SignInAndAcknowledgeAsync(page, "bas.meijer");

        await ComposeAsync(page, "regenboog-x", DoubtText, "doubt");

        var text = await page.GetByTestId("post-text-input").BoundingBoxAsync();
        var check = await page.GetByTestId("live-check").BoundingBoxAsync();
        Assert.True(check!.X >= text!.X + text.Width, $"check at x={check.X}, text ends at {text.X + text.Width}");
        // The preview shows the chosen account only, with the text as its followers will read it.
        await Assertions.Expect(page.GetByTestId("preview-regenboog-x")).ToContainTextAsync(DoubtText);
        await Assertions.Expect(page.GetByTestId("preview-regenboog-x")).ToContainTextAsync("@RegenboogEsveld");
        await Assertions.Expect(page.GetByTestId("preview-regenboog-facebook")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("live-finding").First).ToBeInViewportAsync();
    }
}
