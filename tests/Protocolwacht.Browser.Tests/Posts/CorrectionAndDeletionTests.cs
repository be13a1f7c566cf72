using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Posts;

/// <summary>
/// In a real browser: an author publishes, corrects with a reason, asks for a deletion, the manager approves,
/// and the post's page shows the archive's history: the original, the revision side by side, the tombstone.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class CorrectionAndDeletionTests(BrowserFixture server)
{
    private const string Original = "De kerstviering van groep 7 begint donderdag om 18.00 uur in de aula.";
    private const string Corrected = "De kerstviering van groep 7 begint donderdag om 18.30 uur in de aula.";

    [Fact]
    public async Task PublishCorrectDelete_ThePostPageShowsTheArchiveHistory()
    {
        var tom = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(tom, "tom.hendriks");
        await ComposeAsync(tom, "regenboog-x", Original, "allow");
        var postUrl = await SaveAndOpenPostAsync(tom);
        await OpenConfirmationAsync(tom, "@RegenboogEsveld");
        await ConfirmAsync(tom);
        await WaitUntilPublishedAsync(server.App, tom);

        await tom.GetByTestId("correct-post").ClickAsync();
        await tom.GetByTestId("correct-text").FillAsync(Corrected);
        await tom.GetByTestId("correct-reason").FillAsync("De aanvangstijd was verkeerd.");
        await tom.GetByTestId("correct-submit").ClickAsync();
        await tom.WaitForURLAsync(postUrl);
        await server.App.AdvanceAsync(TimeSpan.FromSeconds(5));
        await tom.ReloadAsync();
        await Assertions.Expect(tom.GetByTestId("archive-entry")).ToHaveCountAsync(2);
        await Assertions.Expect(tom.GetByTestId("revision-diff").Locator("del")).ToHaveTextAsync("18.00 ");
        await Assertions.Expect(tom.GetByTestId("revision-diff").Locator("ins")).ToHaveTextAsync("18.30 ");
        await Assertions.Expect(await OnSandboxTimelineAsync(tom, "Aangepast door Tom Hendriks op")).ToHaveCountAsync(1);

        await tom.GotoAsync(postUrl);
        await tom.GetByLabel("Waarom moet het bericht weg?").FillAsync("Dubbel aangekondigd in de nieuwsbrief.");
        await tom.GetByTestId("request-deletion").ClickAsync();
        await Assertions.Expect(tom.GetByTestId("change").Last).ToContainTextAsync("wacht op goedkeuring van een tweede persoon");
        await Assertions.Expect(tom.GetByTestId("approve-change")).ToHaveCountAsync(0); // never the requester

        var karin = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(karin, "karin.mulder");
        await karin.GotoAsync(postUrl);
        await karin.GetByTestId("approve-change").ClickAsync();
        await Assertions.Expect(karin.GetByTestId("message")).ToContainTextAsync("Goedgekeurd");
        await server.App.AdvanceAsync(TimeSpan.FromSeconds(5));

        await tom.ReloadAsync();
        await Assertions.Expect(tom.GetByTestId("post-state")).ToHaveTextAsync("verwijderd van het platform");
        var entries = tom.GetByTestId("archive-entry");
        await Assertions.Expect(entries).ToHaveCountAsync(3);
        await Assertions.Expect(entries.Nth(0)).ToHaveAttributeAsync("data-type", "published.v1");
        await Assertions.Expect(entries.Nth(1)).ToHaveAttributeAsync("data-type", "revision.v1");
        await Assertions.Expect(entries.Nth(1)).ToContainTextAsync("De aanvangstijd was verkeerd.");
        await Assertions.Expect(entries.Nth(2)).ToHaveAttributeAsync("data-type", "tombstone.v1");
        await Assertions.Expect(entries.Nth(2)).ToContainTextAsync("goedgekeurd door Karin Mulder");
        await Screenshots.SaveAsync(tom, "post-history");
        await Assertions.Expect(await OnSandboxTimelineAsync(tom, "kerstviering van groep 7")).ToHaveCountAsync(0);
    }
}
