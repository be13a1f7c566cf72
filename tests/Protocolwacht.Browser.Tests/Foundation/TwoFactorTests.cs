using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Browser.Tests.Foundation;

/// <summary>
/// An administrator is sent to set up an authenticator app, then signs in with its code. On an app of its own (two-factor
/// required for administrators), in the safety collection's Chromium.
/// </summary>
[Collection(SafetyCollection.Name)]
public sealed class TwoFactorTests(BrowserFixture server)
{
    [Fact]
    public async Task Administrator_EnrolsTheAuthenticatorApp_ThenSignsInWithItsCode()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.OnLoopback = true;
            o.Settings["SignIn:TwoFactor:RequiredForAdministrators"] = "true";
        });
        var browser = server.Browser ?? throw new InvalidOperationException("Chromium did not start.");

        var first = await NewPageAsync(browser, app);
        await BrowserFixture.SignInAsync(first, "sanne.deboer");
        await Assertions.Expect(first.GetByTestId("two-factor-required")).ToBeVisibleAsync();
        await Assertions.Expect(first.GetByTestId("qr-code")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        var key = await first.GetByTestId("shared-key").InnerTextAsync();
        await first.GetByLabel("Code uit de app").FillAsync(Authenticator.Code(key));
        await first.Locator("#two-factor-submit").ClickAsync();
        await Assertions.Expect(first.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await Screenshots.SaveAsync(first, "two-factor-recovery-codes");

        var second = await NewPageAsync(browser, app);
        await BrowserFixture.SignInAsync(second, "sanne.deboer");
        Assert.Contains("/account/two-factor/code", second.Url, StringComparison.Ordinal);
        await second.GetByLabel("Code van zes cijfers").FillAsync(Authenticator.Code(key));
        await second.Locator("#code-submit").ClickAsync();
        await second.GotoAsync("/roles");
        await Assertions.Expect(second.GetByTestId("role-holders")).ToBeVisibleAsync();
        // The Chromium is the collection's and outlives this app: its contexts go with the app.
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser, ProtocolwachtApp app)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString().TrimEnd('/'),
            Locale = "nl-NL",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "nl-NL" },
        });
        return await context.NewPageAsync();
    }
}
