using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>
/// In a real browser: a post in doubt cannot be published until the author's manager approves it; after
/// approval and the undo period it appears on the sandbox timeline.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class DoubtToPublicationTests(BrowserFixture server)
{
    // Daan Kok (group 3) has no recorded consent, so naming him on a school account is doubt, not block.
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task DoubtfulPost_AdviceApprovalUndoPeriod_AppearsOnTheSandboxTimeline()
    {
        var tom = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(tom, "tom.hendriks");

        // While typing: the finding is highlighted in the text, with its message and the protocol text beside it.
        await ComposeAsync(tom, "regenboog-x", DoubtText, "doubt", typeKeyByKey: true);
        await Assertions.Expect(tom.GetByTestId("live-verdict")).ToContainTextAsync("vraag je leidinggevende om advies");
        await Assertions.Expect(tom.GetByTestId("highlight").Locator("mark")).ToHaveTextAsync("Daan Kok");
        var finding = tom.GetByTestId("live-finding").Filter(new() { HasText = "Daan Kok" });
        await Assertions.Expect(finding).ToContainTextAsync("geen toestemming");
        await finding.GetByText("(BG5)").ClickAsync();
        var protocolText = finding.Locator("details p");
        await Assertions.Expect(protocolText).ToBeVisibleAsync();
        await Assertions.Expect(protocolText).ToContainTextAsync("De privacy van anderen wordt gerespecteerd");
        await Screenshots.SaveAsync(tom, "workflow-1-composer-doubt");

        // In doubt the author is offered advice, not publication.
        var postUrl = await SaveAndOpenPostAsync(tom);
        await Assertions.Expect(tom.GetByTestId("post-state")).ToHaveTextAsync("twijfel: vraag advies");
        await Assertions.Expect(tom.GetByTestId("publish-post")).ToHaveCountAsync(0);
        await tom.GetByLabel("Vraag aan je leidinggevende (optioneel)").FillAsync("Mag de naam van Daan erin? Zijn ouders vinden het leuk.");
        await tom.GetByTestId("request-advice").ClickAsync();
        await Assertions.Expect(tom.GetByTestId("post-state")).ToHaveTextAsync("advies gevraagd");
        await Assertions.Expect(tom.GetByTestId("approver")).ToHaveTextAsync("Karin Mulder");
        await Screenshots.SaveAsync(tom, "workflow-2-advice-requested");

        // The manager, in her own browser session, finds it in her advice queue and approves with a comment.
        var karin = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(karin, "karin.mulder");
        await karin.GotoAsync("/advice");
        var request = karin.GetByTestId("advice-item").Filter(new() { HasText = "Daan Kok uit groep 3" });
        await Assertions.Expect(request).ToContainTextAsync("Tom Hendriks");
        await request.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(karin.GetByTestId("post-text")).ToHaveTextAsync(DoubtText);
        await karin.GetByLabel("Opmerking bij goedkeuring (optioneel)").FillAsync("Akkoord, de ouders van Daan hebben het mij ook gezegd.");
        await karin.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(karin.GetByTestId("post-state")).ToHaveTextAsync("goedgekeurd");
        await Screenshots.SaveAsync(karin, "workflow-3-approved-by-manager");

        // Think before posting: the confirmation shows the findings and the account, then the undo period runs.
        await tom.GotoAsync(postUrl);
        await Assertions.Expect(tom.GetByTestId("post-state")).ToHaveTextAsync("goedgekeurd");
        await OpenConfirmationAsync(tom, "@RegenboogEsveld");
        await Assertions.Expect(tom.GetByTestId("check-result").GetByTestId("finding").Filter(new() { HasText = "Daan Kok" })).ToBeVisibleAsync();
        await Assertions.Expect(tom.GetByText("Na bevestigen heb je nog 3 seconden om te annuleren.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(tom, "workflow-4-confirmation");
        await ConfirmAsync(tom);
        await Assertions.Expect(tom.GetByTestId("undo-countdown")).ToContainTextAsync("nog annuleren");
        await Assertions.Expect(tom.GetByTestId("undo")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(tom, "workflow-5-undo-period");

        await WaitUntilPublishedAsync(server.App, tom);
        await Assertions.Expect(tom.GetByTestId("undo")).ToHaveCountAsync(0);
        await Assertions.Expect(tom.GetByTestId("transitions")).ToContainTextAsync("Akkoord, de ouders van Daan hebben het mij ook gezegd.");
        await Assertions.Expect(tom.GetByTestId("transitions")).ToContainTextAsync("publicatie bevestigd");
        await Screenshots.SaveAsync(tom, "workflow-6-published");

        var onTimeline = await OnSandboxTimelineAsync(tom, DoubtText);
        await Assertions.Expect(onTimeline).ToHaveCountAsync(1);
        await Assertions.Expect(onTimeline).ToContainTextAsync("@RegenboogEsveld");
        await Screenshots.SaveAsync(tom, "workflow-7-sandbox-timeline");
    }
}
