using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.History;

/// <summary>
/// /history/import, /history and /search: an administrator imports and searches the board, a director only their own
/// school. The tests that import nothing (who may use the pages, refused files) share one app (<see cref="SharedApp"/>):
/// each asserts that nothing was imported, so one that stored something by mistake still fails there. A test that
/// imports starts its own app, since the report's totals are what it asserts.
/// </summary>
[LongRunning(89)]
public sealed partial class HistoryPagesTests(SharedApp shared, FreshDatabaseApp apps) : IClassFixture<SharedApp>, IClassFixture<FreshDatabaseApp>
{
    private const string KompasPosts = """
        date,text,url
        2024-01-15 10:00,Schaaktoernooi in de aula van het Kompas <script>alert(1)</script>,https://example.org/kompas
        """;

    [Theory]
    [AllDatabases]
    public async Task AdminImports_DirectorSearchesAndSeesTheReportOfTheirOwnSchoolOnly(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var admin = await app.SignInAsync("sanne.deboer");

        var x = await UploadAsync(admin, "regenboog-x", "x", "tweets.js", await File.ReadAllBytesAsync(Sample("tweets.js")));
        Assert.Contains("5 bericht(en) gelezen, 5 toegevoegd", x, StringComparison.Ordinal);
        Assert.Contains("Per account en jaar", x, StringComparison.Ordinal);
        var kompas = await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", Encoding.UTF8.GetBytes(KompasPosts));
        Assert.Contains("1 bericht(en) gelezen, 1 toegevoegd", kompas, StringComparison.Ordinal);

        // The administrator finds both schools' posts; the post's own markup stays text.
        var all = await RawAsync(admin, "/search?q=aula");
        Assert.Equal("2 resultaten", Total(WebUtility.HtmlDecode(all)));
        Assert.Contains("in de <mark>aula</mark> van het Kompas &lt;script&gt;alert(1)&lt;/script&gt;", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", all, StringComparison.Ordinal);

        using var karin = await app.SignInAsync("karin.mulder"); // director of De Regenboog
        var own = await GetAsync(karin, "/search?q=aula");
        Assert.Equal("1 resultaat", Total(own));
        Assert.Contains("@RegenboogEsveld (X)", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Kompas", own, StringComparison.Ordinal);
        Assert.Equal("0 resultaten", Total(await GetAsync(karin, "/search?q=schaaktoernooi&School=kompas")));
        Assert.Contains("<mark>sportdag</mark>", await GetAsync(karin, "/search?q=sportdagen"), StringComparison.Ordinal);

        using var youssef = await app.SignInAsync("youssef.bakker"); // director of Het Kompas
        Assert.Equal("1 resultaat", Total(await GetAsync(youssef, "/search?q=schaaktoernooi")));

        var boardReport = await GetAsync(admin, "/history");
        Assert.Contains("6 geïmporteerde bericht(en)", boardReport, StringComparison.Ordinal);
        var karinReport = await GetAsync(karin, "/history");
        Assert.Contains("5 geïmporteerde bericht(en)", karinReport, StringComparison.Ordinal);
        Assert.DoesNotContain("kompas-instagram", karinReport, StringComparison.Ordinal);
        // Accounts by handle and platform, in the import's answer and the report's tables (until stop 50 by their id).
        Assert.Contains("kompas.csv (csv), @kckompas (Instagram): 1 bericht(en) gelezen", kompas, StringComparison.Ordinal);
        Assert.Contains("<tr><td>@kckompas (Instagram)</td><td>2024</td>", boardReport, StringComparison.Ordinal);
        Assert.Contains("<tr><td>@RegenboogEsveld (X)</td>", karinReport, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>regenboog-x</td>", boardReport, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyResults_ShowMoreThanAThousand_AndOlderPagesReachEveryResult()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        var csv = new StringBuilder("date,text,url\n");
        var start = new DateTime(2024, 1, 1, 10, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < 1_010; i++)
        {
            csv.Append(start.AddHours(i * 5).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)).Append(",Sportdag nummer ").Append(i).Append(",https://example.org/s").Append(i).Append('\n');
        }

        Assert.Contains("1010 bericht(en) gelezen, 1010 toegevoegd", await UploadAsync(admin, "regenboog-x", "csv", "veel.csv", Encoding.UTF8.GetBytes(csv.ToString())), StringComparison.Ordinal);

        var page = await RawAsync(admin, "/search?q=sportdag");
        Assert.Contains("meer dan 1.000 resultaten", page, StringComparison.Ordinal);
        Assert.Contains("Sportdag</mark> nummer 1009", page, StringComparison.Ordinal); // the newest first
        var shown = SearchText().Count(page);
        var pages = 1;
        while (OlderLink().Match(page) is { Success: true } older)
        {
            var link = WebUtility.HtmlDecode(older.Groups[1].Value);
            Assert.Contains("q=sportdag", link, StringComparison.Ordinal);
            page = await RawAsync(admin, link);
            shown += SearchText().Count(page);
            pages++;
        }

        Assert.Equal(1_010, shown);
        Assert.Equal(21, pages);
        Assert.Contains("Sportdag</mark> nummer 0<", page, StringComparison.Ordinal); // the oldest last
    }

    [Fact]
    public async Task Import_IsForAdministrators_SearchForAdministratorsAndDirectors()
    {
        var app = shared.App;
        using var admin = await app.SignInAsync("sanne.deboer");
        using var karin = await app.SignInAsync("karin.mulder");
        using var teacher = await app.SignInAsync("mark.willems");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/history/import", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await karin.GetAsync(new Uri("/history/import", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await karin.GetAsync(new Uri("/search", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync(new Uri("/search", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync(new Uri("/history", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task MalformedExport_IsRefusedOnThePage_WithWhereAndNothingImported()
    {
        var app = shared.App;
        using var admin = await app.SignInAsync("sanne.deboer");

        var page = await UploadAsync(admin, "regenboog-x", "csv", "kapot.csv", Encoding.UTF8.GetBytes("date,text,url\n2024-05-01 10:00,Goed,https://example.org/1\ngeen-datum,Fout,https://example.org/2\n"));

        Assert.Contains("'kapot.csv' is geweigerd; er is niets geïmporteerd", page, StringComparison.Ordinal);
        Assert.Contains("kapot.csv, regel 3", page, StringComparison.Ordinal);
        Assert.Contains("0 geïmporteerde bericht(en)", await GetAsync(admin, "/history"), StringComparison.Ordinal);
    }

    private static string Sample(string name) => Path.Combine(RepositoryRoot.Path, "tests", "Protocolwacht.Imports.Tests", "Samples", name);

    private static async Task<string> GetAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await RawAsync(client, url));

    private static Task<string> RawAsync(HttpClient client, string url) => client.GetStringAsync(new Uri(url, UriKind.Relative));

    private static async Task<string> UploadAsync(HttpClient client, string account, string format, string fileName, byte[] content, (string FileName, byte[] Content)? notes = null)
    {
        var page = await client.GetStringAsync(new Uri("/history/import", UriKind.Relative));
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        form.Add(new StringContent(account), "AccountId");
        form.Add(new StringContent(format), "Format");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        if (notes is { } second)
        {
            var noteFile = new ByteArrayContent(second.Content);
            noteFile.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(noteFile, "Notes", second.FileName);
        }

        var response = await client.PostAsync(new Uri("/history/import", UriKind.Relative), form);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The search page's count line ("1 resultaat", "2 resultaten").</summary>
    private static string Total(string page)
    {
        var match = SearchTotal().Match(page);
        Assert.True(match.Success, "no count on the search page");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("data-testid=\"search-total\">([^<]*)<")]
    private static partial Regex SearchTotal();

    [GeneratedRegex("class=\"search-text\"")]
    private static partial Regex SearchText();

    [GeneratedRegex("href=\"([^\"]+)\" rel=\"next\" data-testid=\"search-older\"")]
    private static partial Regex OlderLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
