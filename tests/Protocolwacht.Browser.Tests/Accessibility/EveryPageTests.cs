using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Every page on a laptop (1280×800): axe-core finds no serious or critical violation, no text falls below its
/// contrast at rest, under the mouse or in keyboard focus (nor the focus ring below 3:1), the content security policy
/// blocks nothing, and the page's CSS and JavaScript stay under 200 KB compressed (each page's figure is in the test
/// output). This class also keeps the screenshots the README shows (docs/screenshots). The phone walk is
/// <see cref="EveryPagePhoneTests"/>.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class EveryPageTests(BrowserFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryPage_EachRole_Desktop_HasNoSeriousOrCriticalAxeViolations()
    {
        var problems = await ProblemsAsync(server, "desktop", Viewports.Desktop, output.WriteLine);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // For each handle on the page, the number of lines its text takes (distinct tops of its text's boxes).
    private const string HandleLinesScript = """
        () => [...document.querySelectorAll('.calendar-handles')].map(e => {
          const range = document.createRange();
          range.selectNodeContents(e);
          return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
        })
        """;

    [Fact]
    public async Task MainPages_Desktop_ScreenshotsForTheReadme()
    {
        var post = await PostWithAdviceRequestAsync(server);
        var tom = await SignedInAsync(server, "tom.hendriks", Viewports.Desktop);
        await tom.GotoAsync("/");
        await Assertions.Expect(tom.GetByTestId("home-links")).ToBeVisibleAsync();
        await Assertions.Expect(tom.GetByTestId("panel-my-posts")).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "start-teacher");
        await ComposeAsync(tom, "regenboog-x", DoubtText, "doubt");
        await Assertions.Expect(tom.GetByTestId("live-finding").First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "composer");
        await tom.GotoAsync("/posts");
        await Screenshots.SaveForDocsAsync(tom, "posts-history");
        await PublishedOnceAsync(server);
        await tom.GotoAsync("/calendar");
        await Assertions.Expect(tom.GetByTestId("calendar-entry").First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "calendar-week");
        // A handle stays whole on one line in a week cell: it broke as "@RegenboogEsv" / "eld" until 2026-12-04.
        var handleLines = await tom.EvaluateAsync<int[]>(HandleLinesScript);
        Assert.NotEmpty(handleLines);
        Assert.All(handleLines, lines => Assert.Equal(1, lines));
        await tom.GotoAsync("/calendar?view=month");
        await Assertions.Expect(tom.GetByTestId("calendar-entry").First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "calendar-month");

        var karin = await SignedInAsync(server, "karin.mulder", Viewports.Desktop);
        await karin.GotoAsync("/");
        await Screenshots.SaveForDocsAsync(karin, "start-director");
        await karin.GotoAsync("/advice");
        await Assertions.Expect(karin.GetByTestId("advice-question").Filter(new() { HasText = "Mag de naam van Daan erin?" }).First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(karin, "advice-queue");
        await karin.GotoAsync(post);
        await Screenshots.SaveForDocsAsync(karin, "advice-post");

        var sanne = await SignedInAsync(server, "sanne.deboer", Viewports.Desktop);
        await sanne.GotoAsync("/");
        await Screenshots.SaveForDocsAsync(sanne, "start-administrator");
        await sanne.GotoAsync("/protocol/versions");
        var part = sanne.Locator("textarea[data-testid^='part-']").First;
        await part.FillAsync(await part.InputValueAsync() + " Vraag bij twijfel altijd eerst je leidinggevende.");
        await sanne.GetByTestId("preview-version").ClickAsync();
        await Assertions.Expect(sanne.GetByTestId("version-changes")).ToBeVisibleAsync();
        await sanne.GetByTestId("version-changes").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveForDocsAsync(sanne, "protocol-version-diff");
    }
}
