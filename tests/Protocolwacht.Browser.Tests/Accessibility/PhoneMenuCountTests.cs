using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// On a phone the menu's counters (Adviesvragen, Meldingen, Reacties) are folded away behind the "Menu" button, so
/// the button itself shows that something waits: the counters' total as a red number, and to a screen reader "Menu, 2
/// items wachten". It follows the menu's event stream like the counters do (no reload), and is gone again at zero. Until
/// 2026-12-05 a director on a phone saw a plain "Menu" while an advice request waited for them.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class PhoneMenuCountTests(BrowserFixture server)
{
    [Fact]
    public async Task FoldedMenu_Phone_ShowsWhatWaitsLive_AndNothingAtZero()
    {
        var app = server.App;
        await app.AcknowledgeProtocolAsync("jeroen.vos");
        var phone = await SignedInAsync(server, "youssef.bakker", Viewports.Phone); // Jeroen's director; no walk uses them
        await phone.GotoAsync("/");
        var toggle = phone.GetByTestId("menu-toggle");
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle.GetByTestId("menu-count-total")).ToHaveCountAsync(0);
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("Menu");

        using var jeroen = await app.SignInAsync("jeroen.vos");
        var post = await jeroen.ComposeAsync(DoubtText, "kompas-facebook");
        await jeroen.RequestAdviceAsync(post);

        // The request waits twice for them, as the opened menu shows: under Adviesvragen and as a notice under Meldingen.
        var total = toggle.GetByTestId("menu-count-total");
        await Assertions.Expect(total).ToBeVisibleAsync(); // through the stream, on the page as it was
        await Assertions.Expect(total).ToHaveTextAsync("2");
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("Menu, 2 items wachten");
        var box = await total.BoundingBoxAsync();
        Assert.True(box is { Width: > 0 } b && b.X + b.Width <= Viewports.Phone.Width, $"the count is not on the screen: {box?.X}+{box?.Width}");
        await Screenshots.SaveAsync(phone, "phone-menu-waiting");
        await toggle.ClickAsync();
        await Assertions.Expect(phone.GetByTestId("menu-count-advice-waiting")).ToHaveTextAsync("1 nieuw");
        await Assertions.Expect(phone.GetByTestId("menu-count-unread-notifications")).ToHaveTextAsync("1 nieuw");
        await toggle.ClickAsync();

        using var youssef = await app.SignInAsync("youssef.bakker");
        await youssef.ApproveAsync(post, "Akkoord.");

        await Assertions.Expect(total).ToHaveTextAsync("1"); // the notice is still unread
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("Menu, 1 item wacht");
        await phone.GotoAsync("/notifications"); // read
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle.GetByTestId("menu-count-total")).ToHaveCountAsync(0);
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("Menu");
    }
}
