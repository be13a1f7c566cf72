using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Keyboard only (WCAG 2.1.1, 2.4.7): an author writes a post and asks for advice, her manager approves it, and the
/// author publishes it, with Tab, Space, Enter and typing, never the mouse (issue #12: compose → advice → publish);
/// every element that gets focus on the way shows a visible outline. On the page walks' app (Eva's post is her own).
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class KeyboardTests(BrowserFixture server)
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task ComposeAskAdviceApproveAndPublish_KeyboardOnly_ReachesQueuedWithVisibleFocus()
    {
        var page = await server.NewPageAsync(viewport: Viewports.Desktop);
        await SignInAndAcknowledgeAsync(page, "eva.degroot");
        await page.GotoAsync("/compose");

        await TabToAsync(page, "[data-testid='account-regenboog-x']");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByTestId("account-regenboog-x")).ToBeCheckedAsync();
        await TabToAsync(page, "#post-text");
        await page.Keyboard.TypeAsync(DoubtText);
        await Assertions.Expect(page.GetByTestId("live-verdict")).ToHaveAttributeAsync("data-verdict", "doubt");
        await TabToAsync(page, "[data-testid='save-and-continue']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/posts/[0-9a-f-]{36}$"), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#question")).ToBeVisibleAsync();

        await TabToAsync(page, "#question");
        await page.Keyboard.TypeAsync("Mag de naam van Daan erin?");
        await TabToAsync(page, "[data-testid='request-advice']");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("post-state")).ToHaveTextAsync("advies gevraagd");
        var post = page.Url;

        // Her manager approves with the keyboard too, from the post's page.
        var karin = await server.NewPageAsync(viewport: Viewports.Desktop);
        await BrowserFixture.SignInAsync(karin, "karin.mulder");
        await karin.GotoAsync(post);
        await TabToAsync(karin, "[data-testid='approve']");
        await karin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(karin.GetByTestId("post-state")).ToHaveTextAsync("goedgekeurd");

        // And the author publishes: to the confirmation, then confirm.
        await page.GotoAsync(post);
        await TabToAsync(page, "[data-testid='publish-post']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Publiceren bevestigen" })).ToBeVisibleAsync();
        await TabToAsync(page, "[data-testid='confirm-publish']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("post-state")).ToHaveTextAsync("ingepland voor publicatie");
    }

    [Fact]
    public async Task SkipLink_FirstTab_IsVisibleAndLeadsToTheContent()
    {
        var page = await server.NewPageAsync(viewport: Viewports.Phone);
        await page.GotoAsync("/protocol");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await AssertVisibleFocusAsync(page);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#inhoud$"));
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has focus, checking each stop shows its focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            await AssertVisibleFocusAsync(page);
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}");
    }

    private static async Task AssertVisibleFocusAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>(
            "() => { const e = document.activeElement; if (!e || e === document.body) return 'body'; const s = getComputedStyle(e); return s.outlineStyle + ' ' + parseFloat(s.outlineWidth); }");
        if (outline == "body")
        {
            return;
        }

        var parts = outline.Split(' ');
        Assert.True(parts[0] != "none" && double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) >= 2,
            $"focus not visible on {await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)")}: outline {outline}");
    }
}
