using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Runs axe-core (Deque.AxeCore.Playwright) on the page as it is now and returns its serious and critical
/// violations, one readable line each (rule, help text, the first offending elements).
/// </summary>
public static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Only violations come back: axe then skips collecting the passing and inapplicable nodes, which is
    // most of its time on a long page. Only the WCAG 2.0–2.2 A and AA rules run: that is the target
    // (issue #12), and axe's best-practice rules cost about a third of its time on every page of the walk.
    private static readonly AxeRunOptions Options = new()
    {
        ResultTypes = [ResultType.Violations],
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
    };

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(Options);
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact, StringComparer.OrdinalIgnoreCase))
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }
}
