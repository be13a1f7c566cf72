using System.Text.Json;
using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The text contrast axe leaves open, computed in the page (WCAG 1.4.3): for every visible link and button, and for
/// every element axe's color-contrast rule returned as "incomplete", the computed text colour against the effective
/// background (the element's and its ancestors' background colours layered on the white canvas), as the WCAG
/// contrast ratio; below 4.5:1 (3:1 for large text) is a problem line.
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
    private const string Script = """
        (unsure) => {
          const axeSays = new Map();
          for (const [selector, why] of unsure) { const el = document.querySelector(selector); if (el) axeSays.set(el, why); }
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
          const controls = [...document.querySelectorAll('a[href], button, summary, input[type=submit], input[type=button], input[type=reset], [role=button], [role=link]')];
          const judged = new Set();
          for (const c of controls) {
            if (ownText(c)) judged.add(c);
            for (const d of c.querySelectorAll('*')) if (ownText(d)) judged.add(d);
          }
          for (const el of axeSays.keys()) judged.add(el);
          const out = [];
          for (const el of judged) {
            if (!visible(el) || disabled(el)) continue;
            const s = getComputedStyle(el);
            const bg = background(el);
            const fg0 = parse(s.color);
            if (bg === null || fg0 === null) continue;
            const fg = over(fg0, bg);
            const size = parseFloat(s.fontSize);
            const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
            const needed = large ? 3 : 4.5;
            const r = ratio(fg, bg);
            if (r < needed) out.push(`${describe(el)}: contrast ${r.toFixed(2)}:1, nodig ${needed}:1 (tekst ${s.color} op ${bg.slice(0, 3).map(Math.round).join(',')})` + (axeSays.has(el) ? `; axe: onbeslist, "${axeSays.get(el)}"` : ''));
          }
          return out;
        }
        """;

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
