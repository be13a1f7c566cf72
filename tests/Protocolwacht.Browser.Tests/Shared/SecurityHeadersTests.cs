using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Shared;

/// <summary>Issue #7 item 3 in a real browser: another origin cannot frame the app, and the app's own scripts run under its CSP.</summary>
[Collection(WorkflowCollection.Name)]
public class SecurityHeadersTests(BrowserFixture server)
{
    [Fact]
    public async Task AnotherOrigin_CannotShowTheAppInAFrame()
    {
        var karin = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(karin, "karin.mulder");
        var target = new Uri(server.App.BaseAddress, "/advice");
        // Another origin on the same machine (Chromium keeps public pages out of loopback addresses anyway):
        // the other host name for the loopback address, answered by the test as an attacker's page would be.
        var otherHost = target.Host == "localhost" ? "127.0.0.1" : "localhost";
        var attacker = $"http://{otherHost}:{target.Port}/prijsvraag";
        await karin.RouteAsync(attacker, route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $"<!DOCTYPE html><h1>Win een tablet!</h1><iframe id=\"lokaas\" src=\"{target}\" width=\"900\" height=\"600\"></iframe>",
        }));

        await karin.GotoAsync(attacker); // waits for the load event, which waits for the frame

        await Assertions.Expect(karin.GetByRole(AriaRole.Heading, new() { Name = "Win een tablet!" })).ToBeVisibleAsync();
        var framed = karin.FrameLocator("#lokaas");
        Assert.Equal(0, await framed.Locator("header.site-header").CountAsync());
        Assert.Equal(0, await framed.Locator("button").CountAsync());
        await karin.GotoAsync(target.ToString()); // the same page at the top level does show
        await Assertions.Expect(karin.Locator("header.site-header")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Composer_LiveCheckRunsUnderTheContentSecurityPolicy_WithoutViolations()
    {
        var noor = await server.NewPageAsync();
        var violations = new List<string>();
        noor.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{message.Location}: {message.Text}");
            }
        };
        await SignInAndAcknowledgeAsync(noor, "noor.peters");

        await ComposeAsync(noor, "kompas-facebook", "Vandaag hebben we met groep 5 de moestuin aangelegd.", "allow");
        var csp = (await noor.ReloadAsync())!.Headers["content-security-policy"];

        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Empty(violations);
    }
}
