using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Infrastructure;

/// <summary>One app server and one Chromium for a test class; each test opens its own context (cookies).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "Konot-demo-2026";

    private IPlaywright? _playwright;

    public AppServer App { get; } = new();

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        _ = App.BaseAddress;
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync(string acceptLanguage = "nl-NL")
    {
        var browser = Browser ?? throw new InvalidOperationException("Chromium did not start.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString().TrimEnd('/'),
            Locale = acceptLanguage,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real sign-in form, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string staffId, string password = DemoPassword)
    {
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Gebruikersnaam").FillAsync(staffId);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("#signin-submit").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
