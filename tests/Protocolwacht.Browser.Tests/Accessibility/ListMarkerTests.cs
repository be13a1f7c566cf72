using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// A list the house style draws without bullets (the start page's links and panels, the advice queue's cards) shows
/// none. utrecht's html.css sets every list item's ::marker content to "●", which list-style: none leaves standing:
/// until 2026-12-05 a bullet hung outside each advice card and at the very edge of a phone screen.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class ListMarkerTests(BrowserFixture server)
{
    // Each list item in the main part whose list has no bullet style but whose marker still draws something.
    private const string StrayMarkersScript = """
        () => [...document.querySelectorAll('main ul > li')]
          .filter(li => getComputedStyle(li.parentElement).listStyleType === 'none')
          .filter(li => { const c = getComputedStyle(li, '::marker').content; return c !== 'none' && c !== 'normal'; })
          .map(li => li.parentElement.className + ': ' + li.textContent.trim().slice(0, 40))
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/advice")]
    public async Task ListWithoutBullets_ShowsNoMarker(string path)
    {
        await PostWithAdviceRequestAsync(server); // one card in Karin's advice queue and on her start page
        var phone = await SignedInAsync(server, "karin.mulder", Viewports.Phone);
        await phone.GotoAsync(path);
        var lists = await phone.EvaluateAsync<int>("() => [...document.querySelectorAll('main ul')].filter(u => getComputedStyle(u).listStyleType === 'none' && u.children.length > 0).length");

        var stray = await phone.EvaluateAsync<string[]>(StrayMarkersScript);

        Assert.True(lists > 0, $"{path} has no list without bullets to look at");
        Assert.True(stray.Length == 0, $"bullets on {path} in lists drawn without them:\n{string.Join('\n', stray)}");
    }
}
