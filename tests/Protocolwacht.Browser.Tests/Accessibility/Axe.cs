using System.Runtime.CompilerServices;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Runs axe-core (the script bundled in Deque.AxeCore.Commons) on the page as it is now and returns its serious
/// and critical violations, one readable line each (rule, help text, the first offending elements), and the text
/// contrast axe leaves undecided, computed by <see cref="TextContrast"/> (a 1:1 contrast is "incomplete" to axe).
/// </summary>
/// <remarks>
/// axe is run directly in the page rather than through Deque.AxeCore.Playwright's <c>RunAxe</c>: that wrapper
/// opens a second, blank browser page for every call and loads axe's 500 kB source into both pages, which was
/// about 70% of the page walk's time (measured per page: one trivial rule 1.6–2.4 s, the whole WCAG set 2.6 s).
/// Our pages have no frames, so axe's cross-frame "partial run" that the blank page serves is not needed.
/// A page passed here keeps axe in every document it opens afterwards.
/// </remarks>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly ConditionalWeakTable<IPage, object> Prepared = [];

    // Only violations and the undecided ("incomplete") come back: axe then skips collecting the passing and
    // inapplicable nodes, which is most of its time on a long page. Only the WCAG 2.0–2.2 A and AA rules run: that is the target
    // (issue #12), and axe's best-practice rules cost about a third of its time on every page of the walk.
    // The summary is made in the page so that only the few serious lines cross to the test.
    // The resting-state contrast (TextContrast) is computed in the same call, on axe's undecided elements: one round
    // trip per page instead of three (is axe there, axe, contrast). Null when the document has no axe yet.
    private const string RunScript = """
        async () => {
          if (typeof window.axe !== 'object') return null;
          const result = await axe.run(document, {
            resultTypes: ['violations', 'incomplete'],
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          const contrast = result.incomplete.find(r => r.id === 'color-contrast');
          const unsure = contrast ? contrast.nodes.filter(n => typeof n.target[0] === 'string').map(n => [n.target[0], n.any.concat(n.all, n.none).map(c => c.message).join(' ')]) : [];
          return {
            serious: result.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`),
            contrast: (
        """ + TextContrast.Script + """
            )(unsure),
          };
        }
        """;

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Through the DevTools protocol, so the pages' CSP (no inline scripts) does not stop it. Registered once
        // per page as a script for every new document, so the walk's next pages have axe without sending the
        // 500 kB source again (that transfer was 0.6–1 s per page on a loaded machine; now ~50 ms); the document
        // already open gets it once by hand.
        if (!Prepared.TryGetValue(page, out _))
        {
            await page.AddInitScriptAsync(Source.Value);
            Prepared.AddOrUpdate(page, Source);
        }

        var result = await page.EvaluateAsync<JsonElement?>(RunScript);
        if (result is not { ValueKind: JsonValueKind.Object })
        {
            await page.EvaluateAsync(Source.Value);
            result = await page.EvaluateAsync<JsonElement>(RunScript);
        }

        var lines = result.Value;
        return
        [
            .. lines.GetProperty("serious").EnumerateArray().Select(l => l.GetString() ?? string.Empty),
            .. lines.GetProperty("contrast").EnumerateArray().Select(c => "serious computed-contrast: " + c.GetString()),
        ];
    }
}
