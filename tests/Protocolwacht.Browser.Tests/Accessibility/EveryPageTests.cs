using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Every page on a laptop (1280×800): axe-core finds no serious or critical violation. This class also keeps
/// the screenshots the README shows (docs/screenshots). The phone walk is <see cref="EveryPagePhoneTests"/>.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class EveryPageTests(BrowserFixture server)
{
    [Fact]
    public async Task EveryPage_EachRole_Desktop_HasNoSeriousOrCriticalAxeViolations()
    {
        var problems = await ProblemsAsync(server, "desktop", Viewports.Desktop);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task MainPages_Desktop_ScreenshotsForTheReadme()
    {
        var post = await PostWithAdviceRequestAsync(server);
        var tom = await SignedInAsync(server, "tom.hendriks", Viewports.Desktop);
        await tom.GotoAsync("/");
        await Assertions.Expect(tom.GetByTestId("home-links")).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "start-teacher");
        await ComposeAsync(tom, "regenboog-x", DoubtText, "doubt");
        await Assertions.Expect(tom.GetByTestId("live-finding").First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "composer");
        await tom.GotoAsync("/posts");
        await Screenshots.SaveForDocsAsync(tom, "posts-history");

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
    }
}
