using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Compose;

/// <summary>Issue #7 item 13 in a real browser: the composer counts as each chosen platform counts, and confirmation refuses what does not fit.</summary>
[Collection(WorkflowCollection.Name)]
public class PlatformLimitTests(BrowserFixture server)
{
    private static readonly string LongText = string.Concat(Enumerable.Repeat("Morgen is de schoolreis naar de dierentuin. ", 7)).Trim();

    [Fact]
    public async Task TooLongForX_TheComposerSaysSo_AndConfirmationRefuses()
    {
        var linda = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(linda, "linda.koster");
        await linda.GotoAsync("/compose");
        await linda.GetByTestId("account-sintjozef-x").CheckAsync();
        await linda.GetByTestId("account-sintjozef-mastodon").CheckAsync();
        await linda.GetByLabel("Tekst").FillAsync(LongText);

        var x = linda.GetByTestId("limit-sintjozef-x");
        var mastodon = linda.GetByTestId("limit-sintjozef-mastodon");
        await Assertions.Expect(x).ToContainTextAsync("307 / 280");
        await Assertions.Expect(x).ToHaveAttributeAsync("data-over", "true");
        await Assertions.Expect(mastodon).ToContainTextAsync("307 / 500");
        await Assertions.Expect(mastodon).ToHaveAttributeAsync("data-over", "false");
        await Screenshots.SaveAsync(linda, "composer-platform-limits");

        await linda.GetByTestId("account-sintjozef-x").UncheckAsync();
        await Assertions.Expect(x).ToBeHiddenAsync();
        await linda.GetByTestId("account-sintjozef-x").CheckAsync();
        await SaveAndOpenPostAsync(linda);
        await OpenConfirmationAsync(linda, "@SintJozefHV");
        await linda.GetByTestId("confirm-publish").ClickAsync();

        await Assertions.Expect(linda.GetByTestId("problem")).ToContainTextAsync("@SintJozefHV (X): de tekst telt 307 tekens; X neemt er hoogstens 280.");
        await Assertions.Expect(linda.GetByRole(AriaRole.Heading, new() { Name = "Publiceren bevestigen" })).ToBeVisibleAsync();
    }
}
