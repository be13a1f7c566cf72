using System.Net;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Language;

/// <summary>
/// The layout's language switch (POST /taal): the culture cookie, and a way back that stays on this site. Every test is an
/// anonymous visitor with a cookie jar of its own, and the switch stores nothing for a visitor (only a signed-in person's
/// choice is saved), so the tests share one app (<see cref="SharedApp"/>).
/// </summary>
public sealed class LanguageSwitchTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [Fact]
    public async Task Switch_ToEnglishAndBack_SetsTheCultureCookieAndReturnsToThePage()
    {
        var app = shared.App;
        using var visitor = app.Anonymous();
        var dutch = await visitor.GetPageAsync("/account/signin");

        using var toEnglish = await visitor.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/account/signin?returnUrl=%2Fcompose" }, pagePath: "/account/signin");
        var english = await visitor.GetPageAsync("/account/signin");
        using var toDutch = await visitor.PostFormAsync("/taal", new() { ["culture"] = "nl-NL", ["returnUrl"] = "/account/signin" }, pagePath: "/account/signin");
        var dutchAgain = await visitor.GetPageAsync("/account/signin");

        Assert.Contains("<html lang=\"nl\">", dutch, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" class=\"utrecht-button utrecht-button--subtle\" aria-pressed=\"false\">English</button>", dutch, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
        Assert.Equal("/account/signin?returnUrl=%2Fcompose", toEnglish.Headers.Location?.OriginalString);
        var cookie = Assert.Single(toEnglish.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie + "=", StringComparison.Ordinal));
        Assert.StartsWith(CultureCookie + "=c%3Den%7Cuic%3Den;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains(">Sign in</", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" class=\"utrecht-button utrecht-button--subtle\" aria-pressed=\"true\">English</button>", english, StringComparison.Ordinal);
        Assert.Equal("/account/signin", toDutch.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"nl\">", dutchAgain, StringComparison.Ordinal);
        Assert.Contains(">Aanmelden</", dutchAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switch_ReturnAddressOffThisSite_GoesToTheStartPageInstead()
    {
        var app = shared.App;
        using var visitor = app.Anonymous();
        string[] elsewhere = ["https://voorbeeld.example/", "//voorbeeld.example/pad", "/\\voorbeeld.example", "javascript:alert(1)", ""];

        using var local = await visitor.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol?versie=2" }, pagePath: "/account/signin");
        var targets = new List<string?>();
        foreach (var returnUrl in elsewhere)
        {
            using var response = await visitor.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = returnUrl }, pagePath: "/account/signin");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            targets.Add(response.Headers.Location?.OriginalString);
        }

        Assert.Equal("/protocol?versie=2", local.Headers.Location?.OriginalString); // a local address is followed
        Assert.All(targets, target => Assert.Equal("/", target));
    }

    [Fact]
    public async Task Switch_UnsupportedLanguage_SetsNoCookieAndKeepsDutch()
    {
        var app = shared.App;
        using var visitor = app.Anonymous();

        using var supported = await visitor.PostFormAsync("/taal", new() { ["culture"] = "EN", ["returnUrl"] = "/account/signin" }, pagePath: "/account/signin");
        using var other = app.Anonymous();
        using var unsupported = await other.PostFormAsync("/taal", new() { ["culture"] = "de-DE", ["returnUrl"] = "/account/signin" }, pagePath: "/account/signin");
        var page = await other.GetPageAsync("/account/signin");

        Assert.Contains(supported.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie + "=c%3Den", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, unsupported.StatusCode);
        Assert.DoesNotContain(unsupported.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(CultureCookie, StringComparison.Ordinal));
        Assert.Contains("<html lang=\"nl\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switch_ChoiceWinsOverTheBrowsersLanguage_AndALinkCannotChangeIt()
    {
        var app = shared.App;
        using var visitor = app.Anonymous();
        using var englishBrowser = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/signin", UriKind.Relative));
        englishBrowser.Headers.AcceptLanguage.ParseAdd("en-GB");
        using var browserOnly = await visitor.SendAsync(englishBrowser);
        var browserOnlyHtml = await browserOnly.Content.ReadAsStringAsync();

        using var chosen = await visitor.PostFormAsync("/taal", new() { ["culture"] = "nl-NL", ["returnUrl"] = "/" }, pagePath: "/account/signin");
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/signin?culture=en&ui-culture=en", UriKind.Relative));
        again.Headers.AcceptLanguage.ParseAdd("en-GB");
        using var afterChoice = await visitor.SendAsync(again);
        var afterChoiceHtml = await afterChoice.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", browserOnlyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains("<html lang=\"nl\">", afterChoiceHtml, StringComparison.Ordinal);
    }
}
