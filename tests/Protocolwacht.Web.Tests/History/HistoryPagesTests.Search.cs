using System.Text;
using System.Text.RegularExpressions;
using Protocolwacht.Web.Tests.Infrastructure.Localization;

namespace Protocolwacht.Web.Tests.History;

/// <summary>
/// The search page as stop 48 found it at phone width: "1 resultaten", a result naming its account by the id only the
/// app uses, and the filters and results cramped. The count has a form per number, in Dutch and in English; a result
/// names its account by handle and platform; each filter and each result is a block of its own that the style sheet
/// spaces (measured in a browser by the director's phone walk, EnglishPhoneWalkTests).
/// </summary>
public sealed partial class HistoryPagesTests
{
    private const string TwoRegenboogPosts = """
        date,text,url
        2024-02-01 10:00,De sportdag gaat door ondanks de regen,https://example.org/r1
        2024-02-02 10:00,Foto's van de sportdag staan in de ouderapp,https://example.org/r2
        """;

    [Fact]
    public async Task SearchCount_IsSingularForOne_PluralOtherwise_InDutchAndEnglish()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        Assert.Contains("2 toegevoegd", await UploadAsync(admin, "regenboog-x", "csv", "regenboog.csv", Encoding.UTF8.GetBytes(TwoRegenboogPosts)), StringComparison.Ordinal);

        Assert.Equal("1 resultaat", Total(await GetAsync(admin, "/search?q=regen")));
        Assert.Equal("2 resultaten", Total(await GetAsync(admin, "/search?q=sportdag")));
        Assert.Equal("0 resultaten", Total(await GetAsync(admin, "/search?q=schaaktoernooi")));

        await EnglishReaderDetailsTests.InEnglishAsync(admin);
        Assert.Equal("1 result", Total(await GetAsync(admin, "/search?q=regen")));
        Assert.Equal("2 results", Total(await GetAsync(admin, "/search?q=sportdag")));
        Assert.Equal("0 results", Total(await GetAsync(admin, "/search?q=schaaktoernooi")));
    }

    [Fact]
    public async Task SearchResult_NamesItsAccountByHandleAndPlatform_NotByItsId()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        await UploadAsync(admin, "regenboog-x", "csv", "regenboog.csv", Encoding.UTF8.GetBytes(TwoRegenboogPosts));
        await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", Encoding.UTF8.GetBytes(KompasPosts));

        var accounts = SearchAccount().Matches(await GetAsync(admin, "/search?q=sportdag+or+aula")).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["@RegenboogEsveld (X)", "@RegenboogEsveld (X)", "@kckompas (Instagram)"], accounts.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(accounts, a => a.Contains("regenboog-x", StringComparison.Ordinal) || a.Contains("kompas-instagram", StringComparison.Ordinal));
        // The account filter, chosen by name, sends the account's id and filters by it (HistoryPagesTests.SearchChoices.cs).
        var filtered = await GetAsync(admin, "/search?q=sportdag+or+aula&Account=kompas-instagram");
        Assert.Equal(["@kckompas (Instagram)"], SearchAccount().Matches(filtered).Select(m => m.Groups[1].Value));
        Assert.Contains("<option value=\"kompas-instagram\" selected=\"selected\">@kckompas (Instagram)</option>", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_EachFilterAndEachResultIsABlockOfItsOwn_WithTheRulesThatSpaceThem()
    {
        var app = shared.App;
        using var admin = await app.SignInAsync("sanne.deboer");
        var page = await RawAsync(admin, "/search?q=sportdag");

        // Each filter's label and field in a wrapper of their own inside the filters' row, none loose in the form (the
        // labels followed the field above them with no air on a phone).
        var filters = page[page.IndexOf("class=\"filter-form search-filters\"", StringComparison.Ordinal)..];
        filters = filters[..filters.IndexOf("<button", StringComparison.Ordinal)];
        var wrapped = FilterField().Matches(filters);
        Assert.Equal(["School", "Account", "Author", "From", "To", "Verdict", "Category", "Source"], wrapped.Select(m => m.Groups[1].Value));
        Assert.Equal(8, Regex.Count(filters, "<label "));

        // The rules that space them (a line between filters, a card per result, facts that wrap whole) are in the style sheet.
        var css = await admin.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Contains(".utrecht-html :is(.search-filters, .insight-filters) { row-gap: var(--konot-space-md);", css, StringComparison.Ordinal); // shared with the insight since stop 49
        Assert.Contains(".search-results > li { border: 1px solid", css, StringComparison.Ordinal);
        Assert.Contains(".utrecht-html .search-meta { display: flex; flex-wrap: wrap;", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("<div>\\s*<label for=\"(\\w+)\">[^<]*</label>\\s*<(?:input|select)[^>]* id=\"\\1\"")]
    private static partial Regex FilterField();

    [GeneratedRegex("data-testid=\"search-account\">([^<]*)<")]
    private static partial Regex SearchAccount();
}
