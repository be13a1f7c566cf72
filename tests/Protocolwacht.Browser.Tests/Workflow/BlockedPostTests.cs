using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>In a real browser: a blocked post is not offered for publication, and a forced attempt is refused.</summary>
[Collection(WorkflowCollection.Name)]
public class BlockedPostTests(BrowserFixture server)
{
    // 123456782 passes the 11-proef, so it reads as a real BSN: block.
    private const string BlockedText = "Voor de inschrijving van Noah gebruikten we BSN 123456782, bel me even terug.";

    [Fact]
    public async Task BlockedPost_NoPublishActionAndAForcedAttemptIsRefused()
    {
        var fatima = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(fatima, "fatima.yilmaz");

        await ComposeAsync(fatima, "regenboog-facebook", BlockedText, "block");
        await Assertions.Expect(fatima.GetByTestId("highlight").Locator("mark")).ToHaveTextAsync("123456782");
        var postUrl = await SaveAndOpenPostAsync(fatima);

        // The page says what is wrong and what to change, and offers only editing.
        await Assertions.Expect(fatima.GetByTestId("post-state")).ToHaveTextAsync("moet aangepast worden");
        await Assertions.Expect(fatima.GetByTestId("verdict")).ToContainTextAsync("moet aangepast worden");
        await Assertions.Expect(fatima.GetByTestId("finding").Filter(new() { HasText = "BSN" })).ToContainTextAsync("Verwijder het");
        await Assertions.Expect(fatima.GetByTestId("publish-post")).ToHaveCountAsync(0);
        await Assertions.Expect(fatima.GetByTestId("request-advice")).ToHaveCountAsync(0);
        await Assertions.Expect(fatima.GetByTestId("edit-post")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(fatima, "workflow-blocked");

        // Typing the confirmation's address shows why, without a confirm button.
        await fatima.GotoAsync(postUrl + "/publish");
        await Assertions.Expect(fatima.GetByTestId("blocked")).ToBeVisibleAsync();
        await Assertions.Expect(fatima.GetByTestId("confirm-publish")).ToHaveCountAsync(0);

        // A confirmation sent anyway (an old tab, a crafted form) is refused by the server.
        var token = await fatima.Locator("input[name='__RequestVerificationToken']").First.InputValueAsync();
        var forced = await fatima.Context.APIRequest.PostAsync(postUrl + "/publish", new()
        {
            Form = fatima.Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token),
            MaxRedirects = 0,
        });
        Assert.Equal(302, forced.Status);
        await fatima.GotoAsync(forced.Headers["location"]);
        await Assertions.Expect(fatima.GetByTestId("problem")).ToHaveTextAsync("De controle blokkeert dit bericht; het kan niet gepubliceerd worden.");

        await fatima.GotoAsync(postUrl);
        await Assertions.Expect(fatima.GetByTestId("post-state")).ToHaveTextAsync("moet aangepast worden");
        await Assertions.Expect(fatima.GetByTestId("deliveries")).ToHaveCountAsync(0);
        await Assertions.Expect(await OnSandboxTimelineAsync(fatima, "123456782")).ToHaveCountAsync(0);
    }
}
