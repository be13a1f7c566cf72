using Protocolwacht.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Every page on a phone (390×844): the same checks as <see cref="EveryPageTests"/> (axe-core, contrast at rest,
/// under the mouse and in focus, the content security policy, CSS and JavaScript weight), on the laptop walk's app and
/// Chromium (<see cref="AccessibilityCollection"/>), with the same set-up and the same people's sign-ins.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class EveryPagePhoneTests(BrowserFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryPage_EachRole_Phone_HasNoSeriousOrCriticalAxeViolations()
    {
        var problems = await ProblemsAsync(server, "phone", Viewports.Phone, output.WriteLine);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task StartPageAndComposer_Phone_ScreenshotsForTheReadme()
    {
        await PostWithAdviceRequestAsync(server); // Tom acknowledges the protocol there, before he may compose
        var phone = await SignedInAsync(server, "tom.hendriks", Viewports.Phone);
        await phone.GotoAsync("/");
        await Microsoft.Playwright.Assertions.Expect(phone.GetByTestId("panel-my-posts")).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(phone, "start-teacher-phone");
        await ComposeAsync(phone, "regenboog-x", DoubtText, "doubt");
        await Microsoft.Playwright.Assertions.Expect(phone.GetByTestId("live-finding").First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(phone, "composer-phone");
    }
}
