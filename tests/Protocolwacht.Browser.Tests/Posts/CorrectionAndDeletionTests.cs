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
        var kees = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(kees, "kees.dekker"); // an author of its own: the walk-throughs share one app
        await ComposeAsync(kees, "kompas-facebook", Original, "allow");
        var postUrl = await SaveAndOpenPostAsync(kees);
        await OpenConfirmationAsync(kees, "Kindcentrum Het Kompas");
        await ConfirmAsync(kees);
        await WaitUntilPublishedAsync(server.App, kees);

        await kees.GetByTestId("correct-post").ClickAsync();
        await kees.GetByTestId("correct-text").FillAsync(Corrected);
        await kees.GetByTestId("correct-reason").FillAsync("De aanvangstijd was verkeerd.");
        await kees.GetByTestId("correct-submit").ClickAsync();
        await Assertions.Expect(kees).ToHaveURLAsync(postUrl, new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
        await server.App.AdvanceAsync(TimeSpan.FromSeconds(5));
        await kees.ReloadAsync();
        await Assertions.Expect(kees.GetByTestId("archive-entry")).ToHaveCountAsync(2);
        await Assertions.Expect(kees.GetByTestId("revision-diff").Locator("del")).ToHaveTextAsync("18.00 ");
        await Assertions.Expect(kees.GetByTestId("revision-diff").Locator("ins")).ToHaveTextAsync("18.30 ");
        await Assertions.Expect(await OnSandboxTimelineAsync(kees, "Aangepast door Kees Dekker op")).ToHaveCountAsync(1);

        await kees.GotoAsync(postUrl);
        await kees.GetByLabel("Waarom moet het bericht weg?").FillAsync("Dubbel aangekondigd in de nieuwsbrief.");
        await kees.GetByTestId("request-deletion").ClickAsync();
        await Assertions.Expect(kees.GetByTestId("change").Last).ToContainTextAsync("wacht op goedkeuring van een tweede persoon");
        await Assertions.Expect(kees.GetByTestId("approve-change")).ToHaveCountAsync(0); // never the requester

        var youssef = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(youssef, "youssef.bakker");
        await youssef.GotoAsync(postUrl);
        await youssef.GetByTestId("approve-change").ClickAsync();
        await Assertions.Expect(youssef.GetByTestId("message")).ToContainTextAsync("Goedgekeurd");
        await server.App.AdvanceAsync(TimeSpan.FromSeconds(5));

        await kees.ReloadAsync();
        await Assertions.Expect(kees.GetByTestId("post-state")).ToHaveTextAsync("verwijderd van het platform");
        var entries = kees.GetByTestId("archive-entry");
        await Assertions.Expect(entries).ToHaveCountAsync(3);
        await Assertions.Expect(entries.Nth(0)).ToHaveAttributeAsync("data-type", "published.v1");
        await Assertions.Expect(entries.Nth(1)).ToHaveAttributeAsync("data-type", "revision.v1");
        await Assertions.Expect(entries.Nth(1)).ToContainTextAsync("De aanvangstijd was verkeerd.");
        await Assertions.Expect(entries.Nth(2)).ToHaveAttributeAsync("data-type", "tombstone.v1");
        await Assertions.Expect(entries.Nth(2)).ToContainTextAsync("goedgekeurd door Youssef Bakker");
        await Screenshots.SaveAsync(kees, "post-history");
        await Assertions.Expect(await OnSandboxTimelineAsync(kees, "kerstviering van groep 7")).ToHaveCountAsync(0);
    }
}
