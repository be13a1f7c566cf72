using System.Runtime.CompilerServices;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Runs axe-core (the script bundled in Deque.AxeCore.Commons) on the page as it is now and returns its serious
/// and critical violations, one readable line each (rule, help text, the first offending elements).
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

    // Only violations come back: axe then skips collecting the passing and inapplicable nodes, which is
    // most of its time on a long page. Only the WCAG 2.0–2.2 A and AA rules run: that is the target
    // (issue #12), and axe's best-practice rules cost about a third of its time on every page of the walk.
    // The summary is made in the page so that only the few serious lines cross to the test.
    private const string RunScript = """
        async () => {
          const result = await axe.run(document, {
            resultTypes: ['violations'],
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`);
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

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var lines = await page.EvaluateAsync<JsonElement>(RunScript);
        return [.. lines.EnumerateArray().Select(l => l.GetString() ?? string.Empty)];
    }
}
