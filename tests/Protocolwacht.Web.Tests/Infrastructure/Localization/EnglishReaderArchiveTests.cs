using System.Text.RegularExpressions;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Insight;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Stop 38's Dutch for English readers where the archive is read: a record's kind on a post page ("#1 gepubliceerd"),
/// a search hit's source and verdict (the verdict showed as its code, "allow", to every reader), and an insight
/// example's source. Each is rendered from the stored code in the reader's language; a Dutch reader reads Dutch.
/// </summary>
public sealed partial class EnglishReaderArchiveTests
{
    // Imported onto Het Kompas's account: one post the check blocks (a BSN).
    private const string KompasPosts = """
        date,text,url
        2024-03-05 10:00,Het BSN van de nieuwe leerling is 111222333 wil je het invoeren?,https://example.org/k1
        """;

    [Fact]
    public async Task ArchiveKinds_SearchVerdicts_AndExampleSources_AreInTheReadersLanguage()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        Assert.Contains("1 toegevoegd", await InsightPagesTests.UploadAsync(sanne, "kompas-instagram", "csv", "kompas.csv", KompasPosts), StringComparison.Ordinal);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("De open dag van De Regenboog is zaterdag van 10 tot 13 uur. Iedereen is welkom!", "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        await app.RunBackgroundJobsAsync();

        var dutch = await PagesAsync(sanne, id);
        await EnglishReaderDetailsTests.InEnglishAsync(sanne);
        var english = await PagesAsync(sanne, id);

        Assert.Matches(@"#\d+ gepubliceerd</strong>", dutch.Archive);
        Assert.Matches(@"#\d+ published</strong>", english.Archive);
        Assert.DoesNotContain("gepubliceerd", english.Archive, StringComparison.Ordinal);
        Assert.Contains("<span>geïmporteerd</span> <span>geblokkeerd</span>", dutch.Imported, StringComparison.Ordinal);
        Assert.Contains("<span>imported</span> <span>blocked</span>", english.Imported, StringComparison.Ordinal);
        Assert.Contains("<span>gepubliceerd</span> <span>toegestaan</span>", dutch.Published, StringComparison.Ordinal);
        Assert.Contains("<span>published</span> <span>allowed</span>", english.Published, StringComparison.Ordinal);
        Assert.DoesNotContain("<span>allow</span>", dutch.Published, StringComparison.Ordinal);
        Assert.Contains("· geïmporteerd ·", dutch.Example, StringComparison.Ordinal);
        Assert.Contains("· imported ·", english.Example, StringComparison.Ordinal);
    }

    private sealed record Pages(string Archive, string Imported, string Published, string Example);

    private static async Task<Pages> PagesAsync(AppClient reader, Guid post) => new(
        ArchiveList().Match(await TextAsync(reader, $"/posts/{post}")).Value,
        SearchResults().Match(await TextAsync(reader, "/search?q=leerling")).Value,
        SearchResults().Match(await TextAsync(reader, "/search?q=regenboog")).Value,
        ExampleMeta().Match(await TextAsync(reader, "/insight/voorbeeld/1")).Value);

    // The page decoded, with its white space as single spaces: the parts of a line are written on lines of their own.
    private static async Task<string> TextAsync(AppClient reader, string url) =>
        Spaces().Replace(System.Net.WebUtility.HtmlDecode(await reader.GetPageAsync(url)), " ");

    [GeneratedRegex("<ol class=\"archive-history\".*?</ol>")]
    private static partial Regex ArchiveList();

    [GeneratedRegex("<ol class=\"search-results\".*?</ol>")]
    private static partial Regex SearchResults();

    [GeneratedRegex("<p data-testid=\"example-meta\">.*?</p>")]
    private static partial Regex ExampleMeta();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
