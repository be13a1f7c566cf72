using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>
/// In a real browser: a post in doubt goes to the manager, is approved, waits out the undo period and
/// appears on the sandbox timeline; a blocked post cannot be published.
/// </summary>
public partial class DoubtToPublicationTests(WorkflowServer server) : IClassFixture<WorkflowServer>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task DoubtfulPost_AdviceApprovalUndoPeriod_AppearsOnTheSandboxTimeline()
    {
        var tom = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(tom, "tom.hendriks");

        await tom.GotoAsync("/compose");
        await tom.GetByTestId("account-regenboog-x").CheckAsync();
        await tom.GetByLabel("Tekst").PressSequentiallyAsync(DoubtText);
        await Assertions.Expect(tom.GetByTestId("live-verdict")).ToHaveAttributeAsync("data-verdict", "doubt");
        await Assertions.Expect(tom.GetByTestId("live-finding").First).ToContainTextAsync("Daan Kok");
        await Assertions.Expect(tom.GetByTestId("highlight").Locator("mark")).ToHaveTextAsync("Daan Kok");
        await Screenshots.SaveAsync(tom, "workflow-composer-doubt");
        await tom.GetByTestId("save-and-continue").ClickAsync();

        await Assertions.Expect(tom.GetByTestId("post-state")).ToHaveTextAsync("twijfel: vraag advies");
        await tom.GetByLabel("Vraag aan je leidinggevende (optioneel)").FillAsync("Mag de naam van Daan erin?");
        await tom.GetByTestId("request-advice").ClickAsync();
        await Assertions.Expect(tom.GetByTestId("approver")).ToHaveTextAsync("Karin Mulder");
        var postUrl = tom.Url;

        var karin = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(karin, "karin.mulder");
        await karin.GotoAsync("/advice");
        await karin.GetByTestId("advice-item").GetByRole(AriaRole.Link).First.ClickAsync();
        await karin.GetByLabel("Opmerking bij goedkeuring (optioneel)").FillAsync("De ouders van Daan vinden het goed.");
        await karin.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(karin.GetByTestId("post-state")).ToHaveTextAsync("goedgekeurd");

        await tom.GotoAsync(postUrl);
        await tom.GetByTestId("publish-post").ClickAsync();
        await Assertions.Expect(tom.GetByTestId("publish-accounts")).ToContainTextAsync("@RegenboogEsveld");
        await tom.GetByTestId("confirm-publish").ClickAsync();
        await Assertions.Expect(tom.GetByTestId("undo")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(tom, "workflow-undo-period");
        await Assertions.Expect(tom.GetByTestId("delivery-status")).ToHaveTextAsync("gepubliceerd", new() { Timeout = 20_000 });
        await Assertions.Expect(tom.GetByTestId("transitions")).ToContainTextAsync("De ouders van Daan vinden het goed.");

        await tom.GotoAsync("/sandbox");
        await Assertions.Expect(tom.GetByTestId("sandbox-item").Filter(new() { HasText = DoubtText })).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(tom, "workflow-sandbox-timeline");
    }

    [Fact]
    public async Task BlockedPost_CannotBePublished()
    {
        var fatima = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(fatima, "fatima.yilmaz");

        await fatima.GotoAsync("/compose");
        await fatima.GetByTestId("account-regenboog-facebook").CheckAsync();
        await fatima.GetByLabel("Tekst").FillAsync("Het BSN van Noah is 123456782, bel even.");
        await Assertions.Expect(fatima.GetByTestId("live-verdict")).ToHaveAttributeAsync("data-verdict", "block");
        await fatima.GetByTestId("save-and-continue").ClickAsync();

        await Assertions.Expect(fatima.GetByTestId("post-state")).ToHaveTextAsync("moet aangepast worden");
        await Assertions.Expect(fatima.GetByTestId("publish-post")).ToHaveCountAsync(0);
        await Assertions.Expect(fatima.GetByTestId("request-advice")).ToHaveCountAsync(0);
        await fatima.GotoAsync(PublishUrl().Replace(fatima.Url, "$1/publish"));
        await Assertions.Expect(fatima.GetByTestId("blocked")).ToBeVisibleAsync();
        await Assertions.Expect(fatima.GetByTestId("confirm-publish")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(fatima, "workflow-blocked");
    }

    private static async Task SignInAndAcknowledgeAsync(IPage page, string staffId)
    {
        await BrowserFixture.SignInAsync(page, staffId);
        await page.GotoAsync("/protocol");
        await page.GetByLabel("Ik heb dit protocol gelezen en begrepen").CheckAsync();
        await page.Locator("#acknowledge-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("protocol-acknowledged")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^(.*/posts/[0-9a-f-]{36}).*$")]
    private static partial Regex PublishUrl();
}
