using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The director deciding on a doubted post, on a laptop and a phone (stop 40's findings): the verdict speaks to her, not
/// to the author ("vraag je leidinggevende om advies" while she is that leidinggevende); the check's messages read as
/// what the author was told; "Goedkeuren" is the one primary button and sending back looks secondary. That axe finds
/// nothing serious on this page (the walk's post, as Karin, at both sizes) the page walks check: <see cref="EveryPageTests"/>
/// and <see cref="EveryPagePhoneTests"/> visit "{post}" as the director; running axe here again cost a page's axe twice.
/// Screenshots in artifacts/screenshots/review-page-*.png.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class ReviewPageTests(BrowserFixture server)
{
    public static TheoryData<string> Screens => ["desktop", "phone"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task DoubtedPost_AsTheReviewer_SpeaksToHer_OnePrimaryDecision(string screen)
    {
        var post = await PostWithAdviceRequestAsync(server);
        var karin = await SignedInAsync(server, "karin.mulder", screen == "phone" ? Viewports.Phone : Viewports.Desktop);
        await karin.GotoAsync(post);

        await Assertions.Expect(karin.GetByTestId("verdict")).ToContainTextAsync("en jij beslist");
        await Assertions.Expect(karin.GetByTestId("verdict")).Not.ToContainTextAsync("vraag je leidinggevende");
        await Assertions.Expect(karin.GetByTestId("told-the-author")).ToBeVisibleAsync();
        await Assertions.Expect(karin.GetByTestId("post-state")).ToHaveTextAsync("wacht op jouw beoordeling"); // not the author's "twijfel: vraag advies"
        var approve = await BackgroundAsync(karin.GetByTestId("approve"));
        var sendBack = await BackgroundAsync(karin.GetByTestId("return"));
        var primaries = await karin.Locator("#post-actions .utrecht-button--primary-action").CountAsync();
        await Assertions.Expect(karin.GetByTestId("return")).ToHaveTextAsync("Terugsturen naar de auteur");
        await karin.GetByTestId("approve").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(karin, $"review-page-{screen}");

        Assert.Equal(1, primaries);
        Assert.NotEqual(approve, sendBack); // until stop 41 both were the primary blue
        await karin.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task DoubtedPost_AsAnEnglishReviewer_NamesTheStateForHer_NamesTheDutchCitationOnce_NoSeriousAxeViolations(string screen)
    {
        var post = await PostWithAdviceRequestAsync(server);
        var karin = await SignedInAsync(server, "karin.mulder", screen == "phone" ? Viewports.Phone : Viewports.Desktop);
        await karin.GotoAsync(post);
        await karin.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(karin.GetByTestId("post-state")).ToHaveTextAsync("awaiting your review");
        var finding = karin.GetByTestId("finding").First;
        await Assertions.Expect(finding.Locator("strong")).Not.ToContainTextAsync(", punt ");
        // The finding's own part of the protocol is named once, in Dutch, in its summary (stop 43: also after the sentence).
        var summary = await finding.Locator("summary span[lang=nl]").InnerTextAsync();
        var ownTitle = summary[..summary.LastIndexOf(" (", StringComparison.Ordinal)];
        var shown = await finding.InnerTextAsync();
        Assert.Contains(", punt ", ownTitle, StringComparison.Ordinal);
        Assert.Equal(shown.IndexOf(ownTitle, StringComparison.Ordinal), shown.LastIndexOf(ownTitle, StringComparison.Ordinal));
        var violations = await Axe.SeriousViolationsAsync(karin);
        await finding.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(karin, $"review-page-en-{screen}");

        Assert.Empty(violations);
        await karin.Context.CloseAsync();
    }

    private static Task<string> BackgroundAsync(ILocator button) => button.EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
}
