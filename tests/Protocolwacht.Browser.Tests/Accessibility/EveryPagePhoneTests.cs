using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Every page on a phone (390×844): axe-core finds no serious or critical violation. On an app of its own
/// (<see cref="PhoneWalkCollection"/>) so it runs beside the laptop walk.
/// </summary>
[Collection(PhoneWalkCollection.Name)]
public sealed class EveryPagePhoneTests(BrowserFixture server)
{
    [Fact]
    public async Task EveryPage_EachRole_Phone_HasNoSeriousOrCriticalAxeViolations()
    {
        var problems = await ProblemsAsync(server, "phone", Viewports.Phone);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Composer_Phone_ScreenshotForTheReadme()
    {
        await PostWithAdviceRequestAsync(server); // Tom acknowledges the protocol there, before he may compose
        var phone = await SignedInAsync(server, "tom.hendriks", Viewports.Phone);
        await ComposeAsync(phone, "regenboog-x", DoubtText, "doubt");
        await Microsoft.Playwright.Assertions.Expect(phone.GetByTestId("live-finding").First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(phone, "composer-phone");
    }
}
