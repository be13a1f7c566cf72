using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The axe helper can fail: on deliberately broken HTML it reports the violations, on fixed HTML none. It needs only a
/// browser, not the app: it borrows the safety collection's Chromium instead of launching one of its own.
/// </summary>
[Collection(SafetyCollection.Name)]
public sealed class AxeHelperTests(BrowserFixture server)
{
    private IBrowser Browser => server.Browser ?? throw new InvalidOperationException("Chromium did not start.");

    [Fact]
    public async Task SeriousViolations_BrokenSnippet_ReportsMissingAltAndUnnamedButtonAndLowContrast()
    {
        var page = await Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="nl"><head><title>Kapot</title></head><body><main>
            <h1>Kapot</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <button></button>
            <p style="color:#bbbbbb;background:#ffffff">Bijna onleesbaar</p>
            </main></body></html>
            """);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("button-name", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("color-contrast", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeriousViolations_LinkColouredAsItsButton_AxeLeavesItOpen_TheComputedCheckReportsIt()
    {
        // Blue text on a blue button link, as 'Nieuw bericht' was before 317aeb8: contrast 1:1, which axe reports as
        // "incomplete" (equalRatio), not as a violation. And white button text on a light, partly transparent background.
        var page = await Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="nl"><head><title>Blauw op blauw</title></head><body><main>
            <h1>Blauw op blauw</h1>
            <a href="/posts/new" style="display:inline-block;padding:8px;background:#1d5aa8;color:#1d5aa8">Nieuw bericht</a>
            <p style="background:rgba(0,0,0,0.2)"><button style="color:#ffffff;background:transparent;border:0">Opslaan op grijs</button></p>
            </main></body></html>
            """);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.Contains("computed-contrast", StringComparison.Ordinal) && v.Contains("\"Nieuw bericht\": contrast 1.00:1", StringComparison.Ordinal) && v.Contains("axe: onbeslist", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("computed-contrast", StringComparison.Ordinal) && v.Contains("\"Opslaan op grijs\"", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("serious color-contrast", StringComparison.Ordinal) && v.Contains("Nieuw bericht", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeriousViolations_SameSnippetFixed_ReportsNone()
    {
        var page = await Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="nl"><head><title>Heel</title></head><body><main>
            <h1>Heel</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Een stip">
            <button>Opslaan</button>
            <p style="color:#1a1a1a;background:#ffffff">Goed leesbaar</p>
            <a href="/posts/new" style="display:inline-block;padding:8px;background:#1d5aa8;color:#ffffff">Nieuw bericht</a>
            <p style="background:rgba(0,0,0,0.7)"><button style="color:#ffffff;background:transparent;border:0">Opslaan op grijs</button></p>
            </main></body></html>
            """);

        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task StateProblems_HoverAndFocusColoursAndFocusRing_AreMeasured_AndAFixedSnippetPasses()
    {
        // At rest every text passes; under the mouse the link turns light grey, in focus the button's text matches its
        // background, and the other link's focus ring is a pale yellow on white (1.3:1, 3:1 needed).
        var page = await Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="nl"><head><title>Staten</title>
            <style>
              a { color: #0b4f8a; }
              button.vlak { color: #ffffff; background: #0b4f8a; border: 0; }
              a.grijs:hover { color: #cccccc; }
              button.vlak:focus-visible { color: #0b4f8a; outline: 3px solid #1a1a1a; }
              a.bleek:focus-visible { outline: 3px solid #ffee99; outline-offset: 2px; }
            </style></head><body><main>
            <h1>Staten</h1>
            <p><a class="grijs" href="/a">Grijs onder de muis</a></p>
            <p><button class="vlak">Verdwijnt in focus</button></p>
            <p><a class="bleek" href="/b">Bleke focusrand</a></p>
            </main></body></html>
            """);
        Assert.Empty(await TextContrast.ProblemsAsync(page, []));

        var problems = await TextContrast.StateProblemsAsync(page, new HashSet<string>(StringComparer.Ordinal));

        Assert.Contains(problems, p => p.Contains("\"Grijs onder de muis\" (hover): contrast", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"Verdwijnt in focus\" (focus): contrast 1.00:1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"Bleke focusrand\" (focus): focusrand", StringComparison.Ordinal));

        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="nl"><head><title>Staten</title>
            <style>
              a { color: #0b4f8a; }
              button.vlak { color: #ffffff; background: #0b4f8a; border: 0; }
              a:hover { color: #083a66; }
              :focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
              button.vlak:focus-visible { color: #ffffff; background: #083a66; }
            </style></head><body><main>
            <h1>Staten</h1>
            <p><a class="grijs" href="/a">Grijs onder de muis</a></p>
            <p><button class="vlak">Verdwijnt in focus</button></p>
            <p><a class="bleek" href="/b">Bleke focusrand</a></p>
            </main></body></html>
            """);

        Assert.Empty(await TextContrast.StateProblemsAsync(page, new HashSet<string>(StringComparer.Ordinal)));
    }
}
