using System.Text.RegularExpressions;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// The "Menu" button that folds the menu away on a phone carries the total of the menu's counters (the browser test
/// PhoneMenuCountTests shows it on a 390 px screen): on the page as rendered, read out as "Menu, 4 items wachten" (English
/// when asked), kept current by the menu's event stream, and empty at zero. An advice request counts twice, as the
/// opened menu shows it: under Adviesvragen and as a notice under Meldingen.
/// </summary>
public sealed partial class MenuTotalTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task MenuButton_AdviceAndNotice_AddsUpEveryCounter_InTheReadersLanguage()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        Assert.Equal("Menu", Total(await karin.GetPageAsync("/"))); // nothing waits: the word, no number

        var first = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(first);
        var second = await tom.ComposeAsync(DoubtText, "regenboog-facebook");
        await tom.RequestAdviceAsync(second);

        // Each request waits twice for her, as her menu shows: under Adviesvragen (2) and as a notice under Meldingen (2).
        Assert.Equal("<span aria-hidden=\"true\">Menu</span><span class=\"utrecht-badge-counter\" aria-hidden=\"true\" data-testid=\"menu-count-total\">4</span><span class=\"visually-hidden\">Menu, 4 items wachten</span>", Total(await karin.GetPageAsync("/")));
        using var switched = await karin.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/" }, pagePath: "/");
        Assert.Contains("Menu, 4 items waiting</span>", Total(await karin.GetPageAsync("/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuStream_SendsTheButtonsTotal_AndEmptiesItAtZero()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var stream = await EventStreamReader.OpenAsync(karin, StreamAddress(await karin.GetPageAsync("/")));
        Assert.Equal((":", "waiting"), await stream.NextAsync(comments: true));

        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id);
        var asked = await stream.UntilAsync("menu", "menu-count-total");
        Assert.Contains("<span id=\"menu-badge-total\" hx-swap-oob=\"innerHTML\"><span aria-hidden=\"true\">Menu</span><span class=\"utrecht-badge-counter\" aria-hidden=\"true\" data-testid=\"menu-count-total\">2</span><span class=\"visually-hidden\">Menu, 2 items wachten</span></span>", asked, StringComparison.Ordinal);

        await karin.GetPageAsync("/notifications"); // the notice read
        await karin.ApproveAsync(id, "Akkoord."); // and the request answered: nothing waits
        var answered = await stream.UntilAsync("menu", "id=\"menu-badge-total\" hx-swap-oob=\"innerHTML\">Menu</span>");
        Assert.DoesNotContain("menu-count-total", answered, StringComparison.Ordinal);
    }

    // The content of the button's slot on a page.
    private static string Total(string page)
    {
        var match = TotalSlot().Match(page);
        Assert.True(match.Success, "The page has no total on its menu button.");
        return match.Groups["content"].Value;
    }

    private static string StreamAddress(string page) =>
        Regex.Match(page, "sse-connect=\"(/events[^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page does not listen to the menu stream.");

    [GeneratedRegex("""<span id="menu-badge-total" aria-live="polite">(?<content>.*?)</span></button>""", RegexOptions.Singleline)]
    private static partial Regex TotalSlot();
}
