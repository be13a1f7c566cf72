using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Posts;

/// <summary>
/// Issue #7 item 14 and issue #12 item 3 in a real browser: the post page follows a publication in place
/// through its server-sent event stream (no reload and no polling, so a screen reader keeps its place), and a
/// published post says "gepubliceerd" everywhere.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class PostPageTests(BrowserFixture server)
{
    private const string Text = "Vanmiddag hebben de kleuters een vogelhuisje getimmerd voor het schoolplein.";

    [Fact]
    public async Task NearPublication_PageUpdatesInPlaceThroughItsEventStream_WithoutPolling()
    {
        var jeroen = await server.NewPageAsync();
        var violations = new List<string>(); // htmx and its event stream work under the strict CSP
        jeroen.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{message.Location}: {message.Text}");
            }
        };
        await SignInAndAcknowledgeAsync(jeroen, "jeroen.vos");
        await ComposeAsync(jeroen, "kompas-facebook", Text, "allow");
        await SaveAndOpenPostAsync(jeroen);
        await OpenConfirmationAsync(jeroen, "Kindcentrum Het Kompas");
        var streamOpened = jeroen.WaitForRequestAsync(r => r.Url.Contains("handler=events", StringComparison.Ordinal));
        await ConfirmAsync(jeroen);
        var postPath = new Uri(jeroen.Url).AbsolutePath;
        var pageRequests = 0; // the page's own address, fetched again: what the old 2-second poll did
        jeroen.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            pageRequests += url.AbsolutePath == postPath && !url.Query.Contains("handler=events", StringComparison.Ordinal) ? 1 : 0;
        };
        await streamOpened; // htmx's SSE extension listens before anything is published
        await jeroen.EvaluateAsync(@"() => {
            window.zelfdePagina = 'ja';
            window.statusRegion = document.getElementById('post-status');
            document.body.addEventListener('htmx:sseClose', () => { window.streamGesloten = 'ja'; });
        }");

        await server.App.AdvanceAsync(server.App.UndoPeriod + TimeSpan.FromSeconds(1));

        await Assertions.Expect(jeroen.GetByTestId("post-state")).ToHaveTextAsync("gepubliceerd", new() { Timeout = 15_000 });
        await Assertions.Expect(jeroen.GetByTestId("delivery-status")).ToHaveTextAsync("gepubliceerd");
        await Assertions.Expect(jeroen.GetByTestId("transitions")).ToContainTextAsync("gepubliceerd door het systeem", new() { Timeout = 15_000 });
        await jeroen.WaitForFunctionAsync("() => window.streamGesloten === 'ja'"); // the server said "done": the stream is closed
        Assert.Equal("ja", await jeroen.EvaluateAsync<string>("() => window.zelfdePagina")); // updated in place, not reloaded
        Assert.True(await jeroen.EvaluateAsync<bool>("() => document.getElementById('post-status') === window.statusRegion")); // the aria-live region itself stayed
        Assert.Equal("polite", await jeroen.Locator("#post-status").GetAttributeAsync("aria-live"));
        Assert.Equal(0, pageRequests); // every update came through the stream
        Assert.Empty(violations);
        await Screenshots.SaveAsync(jeroen, "post-published-in-place");

        // On a phone each account is a card: nothing of the table is scrolled out of sight.
        await jeroen.SetViewportSizeAsync(360, 780);
        await jeroen.GotoAsync(postPath);
        var tableEnd = await jeroen.EvaluateAsync<double>("() => document.querySelector('[data-testid=deliveries]').getBoundingClientRect().right");
        Assert.True(tableEnd <= 360, $"the table of deliveries ends at {tableEnd} px on a 360 px screen");
        await Assertions.Expect(jeroen.GetByTestId("delivery-status")).ToHaveTextAsync("gepubliceerd");
        await Screenshots.SaveAsync(jeroen, "post-published-phone");
        await jeroen.SetViewportSizeAsync(1280, 800);

        await jeroen.GotoAsync("/posts");
        await Assertions.Expect(jeroen.GetByTestId("post-list").Locator("li").Filter(new() { HasText = "vogelhuisje" })).ToContainTextAsync("gepubliceerd");
    }
}
