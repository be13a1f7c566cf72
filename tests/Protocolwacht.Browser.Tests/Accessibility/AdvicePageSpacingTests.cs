using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// A post waiting for advice, as the director sees it on a laptop and a phone: the post's text, the line under it and
/// the two decisions stand apart. Until 2026-12-05 the "Accounts" line touched the quoted text and the "Goedkeuren"
/// button touched the label of the next form ("Wat moet er veranderen?"), so the second form read as part of the first.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class AdvicePageSpacingTests(BrowserFixture server)
{
    private const double BetweenForms = 16; // px: a full line's worth of air between one decision and the next
    private const double UnderTheText = 8;

    public static TheoryData<string> Screens => ["desktop", "phone"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task PostAwaitingAdvice_TextAndDecisionsStandApart(string screen)
    {
        var post = await PostWithAdviceRequestAsync(server);
        var karin = await SignedInAsync(server, "karin.mulder", screen == "phone" ? Viewports.Phone : Viewports.Desktop);
        await karin.GotoAsync(post);

        var text = await BoxAsync(karin.GetByTestId("post-text"));
        var accounts = await BoxAsync(karin.Locator("[data-testid=post-text] + p"));
        var approve = await BoxAsync(karin.GetByTestId("approve"));
        var returnLabel = await BoxAsync(karin.Locator("label[for=return-comment]"));

        Assert.True(accounts.Y - (text.Y + text.Height) >= UnderTheText, $"accounts line {accounts.Y - (text.Y + text.Height)} px under the text");
        Assert.True(returnLabel.Y - (approve.Y + approve.Height) >= BetweenForms, $"next form's label {returnLabel.Y - (approve.Y + approve.Height)} px under 'Goedkeuren'");
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not on the page");
}
