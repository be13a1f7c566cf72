using System.Text.Json;
using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The text contrast axe leaves open, computed in the page (WCAG 1.4.3): for every visible link and button, and for
/// every element axe's color-contrast rule returned as "incomplete", the computed text colour against the effective
/// background (the element's and its ancestors' background colours layered on the white canvas), as the WCAG
/// contrast ratio; below 4.5:1 (3:1 for large text) is a problem line. <see cref="StateProblemsAsync"/> does the same
/// for links and buttons under the mouse and in keyboard focus, and measures the focus ring (3:1).
/// </summary>
/// <remarks>
/// Why axe alone is not enough: axe reports text whose colour equals its background (ratio 1:1) as "incomplete"
/// (message key <c>equalRatio</c>: it may be text hidden on purpose), never as a violation. Blue link text on the
/// blue button link ("Nieuw bericht", "Verder naar …", "Aanmelden"; fixed in 317aeb8) was exactly that, so the walk,
/// which read axe's violations only, passed it. Text over a background image or gradient has no single background
/// colour; it is left to axe and to the eye.
/// </remarks>
public static class TextContrast
{
    // The element's own text colour is judged where its text is: the element itself, or a descendant that holds
    // text directly (<a><span>Nieuw</span></a>). Disabled controls are exempt (WCAG 1.4.3: inactive components).
    // Shared by the resting-state and the hover/focus scripts: colour parsing, the effective background, the WCAG
    // ratio, visibility, and a text's own judgement (the threshold by its size).
    private const string Helpers = """
          const parse = c => {
            let m = /^rgba?\(([^)]*)\)$/.exec(c);
            if (m) { const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
            m = /^color\(srgb ([^)]*)\)$/.exec(c);
            if (m) { const p = m[1].split(/[\s\/]+/).filter(Boolean).map(Number); return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1]; }
            return null;
          };
          const over = (top, below) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + below[i] * (1 - a)).concat(1); };
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) {
              const s = getComputedStyle(e);
              if (s.backgroundImage !== 'none') return null;
              const c = parse(s.backgroundColor);
              if (c === null) return null;
              if (c[3] > 0) layers.push(c);
              if (c[3] >= 1) break;
            }
            return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1]);
          };
          const luminance = c => {
            const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (a, b) => { const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (l1 + 0.05) / (l2 + 0.05); };
          const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible' && el.checkVisibility({ opacityProperty: true });
          const ownText = el => [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '')
            || (el.tagName === 'INPUT' && (el.value || '').trim() !== '');
          const disabled = el => el.closest(':disabled, [aria-disabled="true"]') !== null;
          const describe = el => {
            const text = (el.tagName === 'INPUT' ? el.value : el.textContent).trim().replace(/\s+/g, ' ').slice(0, 40);
            const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
            return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
          };
          const judge = (el, state) => {
            const s = getComputedStyle(el);
            const bg = background(el);
            const fg0 = parse(s.color);
            if (bg === null || fg0 === null) return null;
            const fg = over(fg0, bg);
            const size = parseFloat(s.fontSize);
            const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
            const needed = large ? 3 : 4.5;
            const r = ratio(fg, bg);
            return r < needed ? `${describe(el)}${state}: contrast ${r.toFixed(2)}:1, nodig ${needed}:1 (tekst ${s.color} op ${bg.slice(0, 3).map(Math.round).join(',')})` : null;
          };
          const textsOf = c => [c, ...c.querySelectorAll('*')].filter(ownText);
          const controlSelector = 'a[href], button, summary, input[type=submit], input[type=button], input[type=reset], [role=button], [role=link]';

        """;

    /// <summary>The resting-state check as a page function of axe's undecided elements ([selector, why] pairs).</summary>
    internal const string Script = "(unsure) => {\n" + Helpers + """
          const axeSays = new Map();
          for (const [selector, why] of unsure) { const el = document.querySelector(selector); if (el) axeSays.set(el, why); }
          const judged = new Set();
          for (const c of document.querySelectorAll(controlSelector)) for (const t of textsOf(c)) judged.add(t);
          for (const el of axeSays.keys()) judged.add(el);
          const out = [];
          for (const el of judged) {
            if (!visible(el) || disabled(el)) continue;
            const line = judge(el, '');
            if (line !== null) out.push(line + (axeSays.has(el) ? `; axe: onbeslist, "${axeSays.get(el)}"` : ''));
          }
          return out;
        }
        """;

    // One control per look not measured yet (its tag and classes up the tree, colour and background at rest), marked
    // with data-contrast-probe; the same menu link on the next page is not hovered again.
    private const string ProbesScript = "(seen) => {\n" + Helpers + """
          const known = new Set(seen);
          const out = [];
          let n = 0;
          for (const c of document.querySelectorAll(controlSelector)) {
            if (!visible(c) || disabled(c) || textsOf(c).length === 0) continue;
            const chain = [];
            for (let e = c; e && e !== document.body; e = e.parentElement) chain.push(e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
            const look = chain.join('<') + '|' + getComputedStyle(c).color + '|' + (background(c) || []).join(',');
            if (known.has(look)) continue;
            known.add(look);
            c.setAttribute('data-contrast-probe', String(n));
            out.push([String(n++), look]);
          }
          return out;
        }
        """;

    // The probed control in one state: its texts' contrast, and in focus its ring against what lies behind the ring
    // (WCAG 1.4.11, 3:1): the parent's background for an outline drawn outside the control, its own for one inside.
    // In focus the script focuses the control itself and blurs it afterwards (as Playwright's focus and blur do:
    // element.focus() after the key press, so :focus-visible applies), one round trip instead of three; a control gone
    // by then answers null.
    private const string StateScript = "([probe, state]) => {\n" + Helpers + MeasureFunction + """
          const c = document.querySelector(`[data-contrast-probe="${probe}"]`);
          if (c === null) return null;
          if (state === 'focus') c.focus();
          try {
            return measure(c, state);
          } finally {
            if (state === 'focus') c.blur();
          }
        }
        """;

    private const string MeasureFunction = """
        const measure = (c, state) => {
          if ((state === 'hover' && !c.matches(':hover')) || (state === 'focus' && !c.matches(':focus'))) return [];
          const out = textsOf(c).filter(visible).map(t => judge(t, ` (${state})`)).filter(l => l !== null);
          if (state !== 'focus') return out;
          const s = getComputedStyle(c);
          if (s.outlineStyle === 'none' || !(parseFloat(s.outlineWidth) >= 1)) {
            out.push(`${describe(c)} (focus): geen zichtbare focusrand (outline ${s.outlineStyle} ${s.outlineWidth})`);
            return out;
          }
          const ring = parse(s.outlineColor);
          const behind = (parseFloat(s.outlineOffset) || 0) >= 0 && c.parentElement ? background(c.parentElement) : background(c);
          if (ring === null || behind === null) return out;
          const r = ratio(over(ring, behind), behind);
          if (r < 3) out.push(`${describe(c)} (focus): focusrand ${r.toFixed(2)}:1 tegen de achtergrond, nodig 3:1 (rand ${s.outlineColor} op ${behind.slice(0, 3).map(Math.round).join(',')})`);
          return out;
        };

        """;

    /// <summary>
    /// Hover and keyboard focus (WCAG 1.4.3 in every state, 1.4.11 and 2.4.7 for the focus ring): each link and button
    /// of a look not in <paramref name="seen"/> is hovered with the mouse, then focused after a key press (so
    /// <c>:focus-visible</c> applies as after Tab), and measured in that state; its look is added to
    /// <paramref name="seen"/>. One line per text or focus ring below its threshold.
    /// </summary>
    public static async Task<IReadOnlyList<string>> StateProblemsAsync(IPage page, ISet<string> seen)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(seen);
        var probes = await page.EvaluateAsync<JsonElement>(ProbesScript, seen.ToArray());
        var lines = new List<string>();
        if (probes.GetArrayLength() == 0)
        {
            return lines;
        }

        await page.Keyboard.PressAsync("Shift");
        foreach (var probe in probes.EnumerateArray())
        {
            var id = probe[0].GetString()!;
            seen.Add(probe[1].GetString()!);
            var control = page.Locator($"[data-contrast-probe='{id}']");
            // Gone or hidden after an earlier hover opened or moved something: its look is met on another page. Asked
            // first (no waiting), so a gone probe costs nothing and a present one can have a patient deadline on a slow
            // machine (a 2 s deadline was both the cost of every gone probe and a CI failure when a hover took longer).
            if (!await control.IsVisibleAsync())
            {
                seen.Remove(probe[1].GetString()!);
                continue;
            }

            try
            {
                await control.HoverAsync(new() { Force = true, Timeout = ProbeDeadlineMs });
                var hover = await StateLinesAsync(page, id, "hover");
                await page.Mouse.MoveAsync(0, 0);
                var focus = hover is null ? null : await StateLinesAsync(page, id, "focus");
                lines.AddRange(hover ?? []);
                lines.AddRange(focus ?? []);
                if (focus is null)
                {
                    // Removed by its own hover (it was visible just before): as gone.
                    seen.Remove(probe[1].GetString()!);
                }
            }
            catch (Exception e) when (e is PlaywrightException or System.TimeoutException)
            {
                // Gone before the mouse reached it (Playwright reports a locator that never appears as
                // System.TimeoutException, not as its own type): as gone.
                seen.Remove(probe[1].GetString()!);
            }
        }

        return lines;
    }

    // How long a present probe may take to be hovered or focused: only reached when the page itself went wrong.
    private const float ProbeDeadlineMs = 10_000;

    // Null when the probed control is no longer in the page.
    private static async Task<List<string>?> StateLinesAsync(IPage page, string probe, string state)
    {
        var lines = await page.EvaluateAsync<JsonElement>(StateScript, new[] { probe, state });
        return lines.ValueKind == JsonValueKind.Array ? [.. lines.EnumerateArray().Select(l => l.GetString() ?? string.Empty)] : null;
    }

    /// <summary>One line per text below its contrast threshold; <paramref name="unsure"/> are the elements axe's
    /// color-contrast rule could not decide (CSS selector, axe's reason), named in the line when one of them fails.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, IReadOnlyList<(string Selector, string Why)> unsure)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(unsure);
        var lines = await page.EvaluateAsync<JsonElement>(Script, unsure.Select(u => new[] { u.Selector, u.Why }).ToArray());
        return [.. lines.EnumerateArray().Select(l => l.GetString() ?? string.Empty)];
    }
}
