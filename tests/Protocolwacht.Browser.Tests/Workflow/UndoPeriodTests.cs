using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>In a real browser: a publication cancelled during the undo period never reaches the timeline.</summary>
[Collection(WorkflowCollection.Name)]
public class UndoPeriodTests(BrowserFixture server)
{
    private const string CancelledText = "Vrijdag begint de gymles een kwartier later omdat de zaal wordt schoongemaakt.";
    private const string LaterText = "Vanaf maandag hangen de nieuwe klimtouwen in de gymzaal, de kinderen zijn er blij mee.";

    [Fact]
    public async Task CancelDuringUndoPeriod_PostNeverAppearsOnTheSandboxTimeline()
    {
        var bas = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(bas, "bas.meijer");

        await ComposeAsync(bas, "regenboog-x", CancelledText, "allow");
        var cancelledUrl = await SaveAndOpenPostAsync(bas);
        await Assertions.Expect(bas.GetByTestId("post-state")).ToHaveTextAsync("klaar om te plaatsen");
        await OpenConfirmationAsync(bas, "@RegenboogEsveld");
        await Assertions.Expect(bas.GetByTestId("verdict")).ToHaveTextAsync("Niets gevonden dat tegen het protocol ingaat.");
        await ConfirmAsync(bas);

        await bas.GetByTestId("undo").ClickAsync();
        await Assertions.Expect(bas.GetByTestId("message")).ToHaveTextAsync("De publicatie is geannuleerd.");
        await Assertions.Expect(bas.GetByTestId("post-state")).ToHaveTextAsync("klaar om te plaatsen");
        await Assertions.Expect(bas.GetByTestId("transitions")).ToContainTextAsync("publicatie geannuleerd");
        await Assertions.Expect(bas.GetByTestId("deliveries")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(bas, "workflow-undo-cancelled");

        // Rather than sleeping past the cancelled post's moment: a post confirmed after the cancellation is
        // due later, so once the publisher has put that one on the timeline it would have had the first one too.
        await ComposeAsync(bas, "regenboog-x", LaterText, "allow");
        await SaveAndOpenPostAsync(bas);
        await OpenConfirmationAsync(bas, "@RegenboogEsveld");
        await ConfirmAsync(bas);
        await WaitUntilPublishedAsync(server.App, bas);

        await Assertions.Expect(await OnSandboxTimelineAsync(bas, LaterText)).ToHaveCountAsync(1);
        await Assertions.Expect(await OnSandboxTimelineAsync(bas, CancelledText)).ToHaveCountAsync(0);
        await bas.GotoAsync(cancelledUrl);
        await Assertions.Expect(bas.GetByTestId("post-state")).ToHaveTextAsync("klaar om te plaatsen");
        await Assertions.Expect(bas.GetByTestId("deliveries")).ToHaveCountAsync(0);
    }
}
