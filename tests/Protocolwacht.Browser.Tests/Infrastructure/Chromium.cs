using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, headless. Playwright's own browser download is not used:
/// the machine has no internet, and the tests must run on the browser a Debian machine installs.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PROTOCOLWACHT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Protocolwacht.TestSupport.TestWork.Count("browser");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Without the background-networking flags Chromium keeps dialling Google on a closed network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage",
            ],
        });
        return (playwright, browser);
    }
}
