using Microsoft.Playwright;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Browser.Tests.Infrastructure;

/// <summary>
/// The app on a loopback port (SQLite, demo organisation, sandbox channel, a fake clock the tests move)
/// and one Chromium; each test opens its own browser context (cookies). The undo period is short so the
/// confirmation page's countdown stays readable in a screenshot.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ProtocolwachtApp App { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    // Playwright's assertions wait 5 s by default for the page to show what they expect; the CI machine ran this
    // project 1.5 times slower than a quiet one, with other lanes beside it. A patient deadline costs nothing when
    // the page is on time.
    static BrowserFixture() => Assertions.SetDefaultExpectTimeout(15_000);

    public async Task InitializeAsync()
    {
        App = await ProtocolwachtApp.StartAsync(o =>
        {
            o.OnLoopback = true;
            o.Settings["Publishing:UndoPeriod"] = "00:00:03";
            // Every walk-through signs its people in from the same loopback address, as a school behind one
            // router would; the per-address throttle is tested on its own in Web.Tests (SignInThrottleTests).
            o.Settings["SignIn:Throttle:PermitsPerClient"] = "1000";
            // Each test opens a fresh browser context (an unknown device), and a collection's tests sign the same
            // people in many times within the quarter hour: Tom more than the ten tries per account once the phone
            // walk grew, and his eleventh sign-in got "te veel aanmeldpogingen". The per-account throttle is tested
            // in SignInThrottleTests too.
            o.Settings["SignIn:Throttle:PermitsPerAccount"] = "1000";
        });
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync(string acceptLanguage = "nl-NL", ViewportSize? viewport = null)
    {
        var browser = Browser ?? throw new InvalidOperationException("Chromium did not start.");
        TestWork.Count("browser context");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString().TrimEnd('/'),
            Locale = acceptLanguage,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage },
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 720 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Signs in through the real sign-in form, as a person would, and returns once the browser has loaded the page the form
    /// sent it on to. It waited for the network to go idle (at least 500 ms of quiet a sign-in, 38 sign-ins a run), and on a
    /// busy fresh-clone run one such wait timed out; leaving the sign-in page is what a signed-in person sees. Stop 57: the
    /// wait for the next page's load event timed out too, on the first sign-in of a fresh-clone run while three lanes
    /// compiled at once; the browser committing to the page the form sent it on to is the sign-in's answer, and the test's
    /// own next navigation waits for its page to load. WaitForURL with "commit" still waited for the load event once the
    /// address had changed (Playwright has no load state "commit"), and timed out the same way in the next run; the address
    /// leaving the sign-in page is now asked of the address alone, polled as an assertion.
    /// </summary>
    public static async Task SignInAsync(IPage page, string staffId, string password = ProtocolwachtApp.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Gebruikersnaam").FillAsync(staffId);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("#signin-submit").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPath(), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
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

    // The sign-in page's path, not a return address in the query that names it.
    [System.Text.RegularExpressions.GeneratedRegex("^[^?]*/account/signin")]
    private static partial System.Text.RegularExpressions.Regex SignInPath();
}
