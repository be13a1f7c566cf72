using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// /insight in both languages on a laptop and a phone, with imported posts to chart (stop 41's finding: its chart titles
/// and table headers stayed Dutch on the English page, and the protocol's Dutch part titles had no lang="nl"): the
/// English page reads English where it can, and axe finds nothing serious in either language. Stop 44's findings: on a
/// phone the bars' labels were SVG text scaled down to about 7 px and cut short, and on a laptop a table's last heading
/// was clipped; now no label overflows its box or overlaps another, and every table heading is whole: inside its table's
/// box on a laptop, and on a phone inside it or in reach by scrolling that box. Stop 49's finding: on a phone the filter
/// form's labels and fields ran on in one line, overlapped and ran off the screen; now every label, field and the button
/// lie on the screen and none overlaps another. Screenshots in artifacts/screenshots/insight-*.png.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class InsightLanguageTests(BrowserFixture server)
{
    // Imported onto Het Kompas's Instagram account over three months: findings of several guidelines and categories.
    private const string KompasPosts = """
        date,text,url
        2024-03-05 10:00,Het BSN van de nieuwe leerling is 111222333 wil je het invoeren?,https://example.org/k1
        2024-03-06 10:00,Open dag op het Kompas: iedereen welkom,https://example.org/k2
        2024-09-12 14:00,Wat een kutweer vandaag! De buitenles gaat niet door.,https://example.org/k3
        2025-01-20 09:00,Vanavond bespreekt de MR de mogelijke sluiting van onze dependance. Dit is nog niet met ouders gecommuniceerd.,https://example.org/k4
        """;

    // Imported once per app: the four screens' tests chart the same posts.
    private static readonly ConcurrentDictionary<BrowserFixture, Lazy<Task>> Imported = new();

    public static TheoryData<string, string> Screens => new()
    {
        { "nl-NL", "desktop" }, { "nl-NL", "phone" }, { "en", "desktop" }, { "en", "phone" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Insight_InEitherLanguage_HasItsTitlesInThatLanguage_ReadableLabelsAndWholeHeadings_NoSeriousAxeViolations(string language, string screen)
    {
        await Imported.GetOrAdd(server, s => new Lazy<Task>(() => ImportAsync(s))).Value;
        var sanne = await PageWalk.SignedInAsync(server, "sanne.deboer", screen == "phone" ? Viewports.Phone : Viewports.Desktop);
        await sanne.GotoAsync("/insight");
        if (language == "en")
        {
            await sanne.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        }

        await Assertions.Expect(sanne.Locator("h1")).ToHaveTextAsync(language == "en" ? "Insight" : "Inzicht");
        await Assertions.Expect(sanne.Locator("#chart-richtlijn-heading")).ToHaveTextAsync(language == "en" ? "Findings per guideline" : "Bevindingen per richtlijn");
        var months = sanne.GetByTestId("insight-maand").GetByTestId("insight-bar-label");
        await Assertions.Expect(months.First).ToBeVisibleAsync();
        Assert.True(await months.CountAsync() >= 3, "the three months of the imported posts are charted");
        var labels = await sanne.EvaluateAsync<string[]>(LabelProblemsScript);
        var headings = await sanne.EvaluateAsync<string[]>(HeadingProblemsScript, screen == "phone");
        var form = await sanne.EvaluateAsync<string[]>(FormProblemsScript);
        var violations = await Axe.SeriousViolationsAsync(sanne);
        await Screenshots.SaveAsync(sanne, $"insight-{(language == "en" ? "en" : "nl")}-{screen}");

        Assert.Empty(labels);
        Assert.Empty(headings);
        Assert.Empty(form);
        Assert.Empty(violations);

        // The scripts find what they look for: a label squeezed below its word's width, a table wider than a region that
        // does not scroll, and on a phone a filter form on one line.
        await sanne.EvaluateAsync(BreakOneLabelAndOneTableScript);
        Assert.Contains(await sanne.EvaluateAsync<string[]>(LabelProblemsScript), p => p.EndsWith("overflows its box", StringComparison.Ordinal));
        Assert.Contains(await sanne.EvaluateAsync<string[]>(HeadingProblemsScript, false), p => p.EndsWith("is cut off by its table region", StringComparison.Ordinal));
        if (screen == "phone")
        {
            // And the form's: its boxes forced onto one line, as before stop 49, run off a phone's screen or overlap.
            await sanne.EvaluateAsync("() => { document.getElementById('insight-form').style.flexWrap = 'nowrap'; }");
            Assert.Contains(await sanne.EvaluateAsync<string[]>(FormProblemsScript), p => p.Contains("runs off the screen", StringComparison.Ordinal) || p.Contains(" overlaps ", StringComparison.Ordinal));
        }

        await sanne.Context.CloseAsync();
    }

    // Each label, field or button of the filter form that reaches off the screen or overlaps another (found at 390 px).
    private const string FormProblemsScript = """
        () => {
          const out = [], w = document.documentElement.clientWidth;
          const parts = [...document.querySelectorAll('#insight-form :is(label, select, input, button)')];
          if (parts.length < 9) out.push('only ' + parts.length + ' labels, fields and buttons in the filter form');
          parts.forEach((part, i) => {
            const r = part.getBoundingClientRect(), name = part.tagName.toLowerCase() + ' ' + (part.id || part.htmlFor || part.textContent.trim());
            if (r.left < -1 || r.right > w + 1) out.push(name + ' runs off the screen (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px)');
            for (const other of parts.slice(i + 1)) {
              const o = other.getBoundingClientRect();
              if (r.left < o.right - 1 && o.left < r.right - 1 && r.top < o.bottom - 1 && o.top < r.bottom - 1) out.push(name + ' overlaps ' + other.tagName.toLowerCase() + ' ' + (other.id || other.htmlFor));
            }
          });
          return out;
        }
        """;

    // Through the style object, which the content security policy allows (a style attribute in markup it would block).
    private const string BreakOneLabelAndOneTableScript = """
        () => {
          const label = document.querySelector('[data-testid=insight-bar-label]');
          Object.assign(label.style, { whiteSpace: 'nowrap', overflow: 'hidden', maxInlineSize: '1ch' });
          const region = document.querySelector('.table-scroll');
          region.style.overflowX = 'hidden';
          region.querySelector('table').style.minInlineSize = '300rem';
        }
        """;

    // Each bar label that overflows its own box, reaches outside its chart, overlaps another label or is set below 12 px.
    private const string LabelProblemsScript = """
        () => {
          const out = [];
          for (const chart of document.querySelectorAll('[data-testid=insight-bars]')) {
            const box = chart.getBoundingClientRect();
            const labels = [...chart.querySelectorAll('[data-testid=insight-bar-label]')];
            labels.forEach((label, i) => {
              const r = label.getBoundingClientRect();
              const name = chart.closest('section').dataset.testid + ' "' + label.textContent + '"';
              if (label.scrollWidth > label.clientWidth + 1) out.push(name + ' overflows its box');
              if (r.left < box.left - 1 || r.right > box.right + 1) out.push(name + ' reaches outside its chart');
              if (parseFloat(getComputedStyle(label).fontSize) < 12) out.push(name + ' is smaller than 12 px');
              for (const other of labels.slice(i + 1)) {
                const o = other.getBoundingClientRect();
                if (r.left < o.right - 1 && o.left < r.right - 1 && r.top < o.bottom - 1 && o.top < r.bottom - 1) out.push(name + ' overlaps "' + other.textContent + '"');
              }
            });
          }
          return out;
        }
        """;

    // Each table heading whose text overflows its cell, or that lies outside its table's box: on a phone a wide table may
    // scroll sideways inside its own region (.table-scroll) to it; on a laptop every table fits and shows every heading.
    private const string HeadingProblemsScript = """
        mayScroll => {
          const out = [];
          for (const th of document.querySelectorAll('main table th')) {
            const region = th.closest('.table-scroll');
            const name = '"' + th.textContent.trim() + '"';
            if (th.scrollWidth > th.clientWidth + 1) out.push(name + ' overflows its cell');
            if (!region) { out.push(name + ' is in a table without its own scroll region'); continue; }
            const r = th.getBoundingClientRect(), box = region.getBoundingClientRect();
            const scrolls = mayScroll && getComputedStyle(region).overflowX === 'auto' && region.scrollWidth > region.clientWidth;
            if ((r.right > box.right + 1 || r.left < box.left - 1) && !scrolls) out.push(name + ' is cut off by its table region');
            if (box.right > document.documentElement.clientWidth + 1) out.push(name + ' is in a region wider than the page');
          }
          return out;
        }
        """;

    private static async Task ImportAsync(BrowserFixture server)
    {
        var sanne = await PageWalk.SignedInAsync(server, "sanne.deboer", Viewports.Desktop);
        await sanne.GotoAsync("/history/import");
        await sanne.Locator("#AccountId").SelectOptionAsync("kompas-instagram");
        await sanne.Locator("#Format").SelectOptionAsync("csv");
        await sanne.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "kompas.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(KompasPosts) });
        await sanne.Locator("#history-import-form button[type=submit]").ClickAsync();
        await Assertions.Expect(sanne.Locator("main")).ToContainTextAsync("4 toegevoegd");
        await sanne.Context.CloseAsync();
    }
}
