using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Compose;

/// <summary>
/// Issue #7 item 5 in a real browser: text typed into the composer only ever becomes text in the
/// highlights and tooltips, never markup, and the tooltip keeps the whole finding.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class ComposerInjectionTests(BrowserFixture server)
{
    private const string Injection = "De directie\" onmouseover=\"alert(9)\" is dom.";

    [Fact]
    public async Task TypedQuotesAndHandlers_StayText_AndTheTooltipKeepsTheWholeFinding()
    {
        var eva = await server.NewPageAsync();
        var dialogs = new List<string>();
        eva.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await SignInAndAcknowledgeAsync(eva, "eva.degroot");
        await eva.GotoAsync("/compose");
        await eva.GetByTestId("account-regenboog-x").CheckAsync();

        await eva.GetByLabel("Tekst").PressSequentiallyAsync(Injection);
        var mark = eva.GetByTestId("highlight").Locator("mark").First;
        await Assertions.Expect(mark).ToBeAttachedAsync();
        await mark.DispatchEventAsync("mouseover");
        await mark.DispatchEventAsync("mouseenter");

        Assert.Empty(dialogs);
        Assert.Equal(0, await eva.Locator("#highlight [onmouseover], #live-findings [onmouseover]").CountAsync());
        await Assertions.Expect(eva.GetByTestId("highlight")).ToHaveTextAsync(Injection);
        var finding = eva.GetByTestId("live-finding").First;
        var message = await finding.Locator("strong").TextContentAsync();
        Assert.False(string.IsNullOrEmpty(message));
        await Assertions.Expect(mark).ToHaveAttributeAsync("title", message!);
        await Assertions.Expect(finding.Locator("summary")).ToContainTextAsync("(");
        await Screenshots.SaveAsync(eva, "composer-injection-stays-text");
    }
}
