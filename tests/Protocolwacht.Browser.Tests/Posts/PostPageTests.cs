using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Posts;

/// <summary>
/// Issue #7 item 14 in a real browser: the post page follows a near publication in place (no reload, so
/// a screen reader keeps its place), and a published post says "gepubliceerd" everywhere.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class PostPageTests(BrowserFixture server)
{
    private const string Text = "Vanmiddag hebben de kleuters een vogelhuisje getimmerd voor het schoolplein.";

    [Fact]
    public async Task NearPublication_PageUpdatesInPlace_AndShowsGepubliceerd()
    {
        var jeroen = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(jeroen, "jeroen.vos");
        await ComposeAsync(jeroen, "kompas-facebook", Text, "allow");
        await SaveAndOpenPostAsync(jeroen);
        await OpenConfirmationAsync(jeroen, "Kindcentrum Het Kompas");
        await ConfirmAsync(jeroen);
        await jeroen.EvaluateAsync("() => { window.zelfdePagina = 'ja'; }");

        await server.App.AdvanceAsync(server.App.UndoPeriod + TimeSpan.FromSeconds(1));

        await Assertions.Expect(jeroen.GetByTestId("post-state")).ToHaveTextAsync("gepubliceerd", new() { Timeout = 15_000 });
        await Assertions.Expect(jeroen.GetByTestId("delivery-status")).ToHaveTextAsync("gepubliceerd");
        await Assertions.Expect(jeroen.GetByTestId("transitions")).ToContainTextAsync("gepubliceerd door het systeem", new() { Timeout = 15_000 });
        Assert.Equal("ja", await jeroen.EvaluateAsync<string>("() => window.zelfdePagina")); // updated in place, not reloaded
        await Screenshots.SaveAsync(jeroen, "post-published-in-place");

        await jeroen.GotoAsync("/posts");
        await Assertions.Expect(jeroen.GetByTestId("post-list").Locator("li").Filter(new() { HasText = "vogelhuisje" })).ToContainTextAsync("gepubliceerd");
    }
}
