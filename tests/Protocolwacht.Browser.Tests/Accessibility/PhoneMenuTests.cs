using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The main menu on a phone (390 px) folds away behind a "Menu" button and, opened, shows every item on the screen, for
/// the role with the fewest items and the one with the most: until 2026-12-05 it was one row that scrolled sideways, so
/// the screen ended in a cut-off word ("Kalender" as "K") and nothing said more items followed. Each item stays a tap
/// target of 44 px high. On a laptop there is no button and the menu is open.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class PhoneMenuTests(BrowserFixture server)
{
    // Every menu link: text; left; right; height (CSS px, relative to the window).
    private const string MenuItemsScript = """
        () => [...document.querySelectorAll('[data-testid=main-menu] a')].map(e => {
          const r = e.getBoundingClientRect();
          return e.textContent.trim().replace(/\s+/g, ' ') + ';' + r.left + ';' + r.right + ';' + r.height;
        })
        """;

    [Theory]
    [InlineData("tom.hendriks")]
    [InlineData("karin.mulder")]
    [InlineData("sanne.deboer")]
    public async Task MainMenu_Phone_EveryItemOnTheScreen(string staffId)
    {
        var phone = await SignedInAsync(server, staffId, Viewports.Phone);
        await phone.GotoAsync("/");
        var toggle = phone.GetByTestId("menu-toggle");
        await Assertions.Expect(phone.Locator("[data-testid=main-menu] a").First).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        await toggle.ClickAsync();

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(phone.Locator("[data-testid=main-menu] a").First).ToBeVisibleAsync();
        var items = (await phone.EvaluateAsync<string[]>(MenuItemsScript)).Select(i => i.Split(';')).ToList();

        Assert.True(items.Count >= 5, $"{staffId}'s menu has {items.Count} items");
        var outside = items.Where(i => double.Parse(i[1], System.Globalization.CultureInfo.InvariantCulture) < 0
            || double.Parse(i[2], System.Globalization.CultureInfo.InvariantCulture) > Viewports.Phone.Width).Select(i => $"{i[0]} ({i[1]}–{i[2]})").ToList();
        Assert.True(outside.Count == 0, $"menu items past the screen's edge at {Viewports.Phone.Width} px: {string.Join(", ", outside)}");
        Assert.All(items, i => Assert.True(double.Parse(i[3], System.Globalization.CultureInfo.InvariantCulture) >= 44, $"{i[0]} is {i[3]} px high"));
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");
    }

    [Fact]
    public async Task MainMenu_Desktop_OpenWithoutAButton()
    {
        var laptop = await SignedInAsync(server, "karin.mulder", Viewports.Desktop);
        await laptop.GotoAsync("/");

        await Assertions.Expect(laptop.GetByTestId("menu-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(laptop.Locator("[data-testid=main-menu] a[data-menu='/advice']")).ToBeVisibleAsync();
    }
}
