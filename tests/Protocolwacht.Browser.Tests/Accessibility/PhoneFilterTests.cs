using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The calendar and "Mijn berichten" on a phone (390 px): the page does not scroll sideways, the filter row wraps so
/// every field, button and period link lies on the screen, and each of them is a tap target of at least 44 × 44 px
/// (WCAG 2.5.5, as the menu and the buttons already are). Also keeps their phone screenshots for the README.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class PhoneFilterTests(BrowserFixture server)
{
    private const int MinimumTarget = 44;

    // Every control of the filter form and the calendar's period links: name, left, right, width, height (CSS px).
    private const string TargetsScript = """
        () => [...document.querySelectorAll('.filter-form :is(input:not([type=hidden]), select, button), .calendar-nav a')].map(e => {
          const r = e.getBoundingClientRect();
          return (e.id || e.textContent.trim()) + ';' + r.left + ';' + r.right + ';' + r.width + ';' + r.height;
        })
        """;

    [Theory]
    [InlineData("/calendar", "calendar-filter", "calendar-phone")]
    [InlineData("/calendar?view=month", "calendar-filter", null)]
    [InlineData("/posts", "posts-filter", "posts-phone")]
    public async Task FilterPage_Phone_NoSidewaysScroll_RowWraps_TapTargetsAtLeast44(string url, string filter, string? screenshot)
    {
        await PostWithAdviceRequestAsync(server); // Tom acknowledges the protocol there, before he may compose
        await PublishedOnceAsync(server); // a published post in the calendar
        var phone = await SignedInAsync(server, "tom.hendriks", Viewports.Phone);

        await phone.GotoAsync(url);
        await Assertions.Expect(phone.GetByTestId(filter)).ToBeVisibleAsync();

        var (pageWidth, screenWidth) = (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(pageWidth <= screenWidth, $"{url}: the page is {pageWidth} px wide on a {screenWidth} px screen");
        var targets = (await phone.EvaluateAsync<string[]>(TargetsScript)).Select(Target.Parse).ToList();
        Assert.True(targets.Count >= 3, $"{url}: only {targets.Count} filter controls found");
        Assert.All(targets, t => Assert.True(t.Left >= 0 && t.Right <= screenWidth, $"{url}: {t.Name} runs off the screen ({t.Left:F0}–{t.Right:F0} px)"));
        Assert.All(targets, t => Assert.True(t.Width >= MinimumTarget && t.Height >= MinimumTarget, $"{url}: {t.Name} is {t.Width:F1} × {t.Height:F1} px, under {MinimumTarget} × {MinimumTarget}"));
        // Wrapped: the search field and the button do not fit beside each other at 390 px, so the row is more than one line.
        var form = await phone.GetByTestId(filter).BoundingBoxAsync();
        Assert.True(form!.Height > 2 * MinimumTarget, $"{url}: the filter row is {form.Height:F0} px high, so it did not wrap");

        if (screenshot is not null)
        {
            await Screenshots.SaveForDocsAsync(phone, screenshot);
        }
    }

    private sealed record Target(string Name, double Left, double Right, double Width, double Height)
    {
        public static Target Parse(string line)
        {
            var parts = line.Split(';');
            var number = (int i) => double.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
            return new Target(parts[0], number(1), number(2), number(3), number(4));
        }
    }
}
