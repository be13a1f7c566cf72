using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Organisation.Pupils;

/// <summary>
/// /organisation/pupils/import: upload, preview, apply, as an administrator would. The tests that arrange nothing and
/// must change nothing (files that are no export, who may open the page) share one app (<see cref="SharedApp"/>); the
/// refused files' test counts the pupils before and after, so a refusal that stored pupils still fails. A test that
/// arranges or applies starts its own app.
/// </summary>
public sealed partial class PupilImportPageTests(SharedApp shared, FreshDatabaseApp apps) : IClassFixture<SharedApp>, IClassFixture<FreshDatabaseApp>
{
    private const string Export = """
        Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;BRIN;Naam verzorger 1;Relatie verzorger 1;E-mail verzorger 1
        1001;Noah;;Bos;Groep 8;12AB;Ellen Bos;Moeder;ellen@example.nl
        1004;Sem;de;Vries;Groep 1/2a;12AB;Anouk de Vries;Moeder;anouk.devries@example.nl
        """;

    private static async Task<string> PostAsync(HttpClient client, string handler, Action<MultipartFormDataContent> fill)
    {
        var page = await client.GetStringAsync(new Uri("/organisation/pupils/import", UriKind.Relative));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        fill(form);
        var response = await client.PostAsync(new Uri($"/organisation/pupils/import?handler={handler}", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Task<string> PreviewAsync(HttpClient client, string csv) => PostAsync(client, "Preview", form =>
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "leerlingen.csv");
    });

    private static Task<string> ApplyAsync(HttpClient client, string preview) => PostAsync(client, "Apply", form =>
    {
        form.Add(new StringContent(Hidden("Token").Match(preview).Groups[1].Value), "Token");
        form.Add(new StringContent(Hidden("Fingerprint").Match(preview).Groups[1].Value), "Fingerprint");
    });

    private static Regex Hidden(string name) => new($"name=\"{name}\" value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"{name}\"");

    [Theory]
    [AllDatabases]
    public async Task Upload_ShowsThePreview_ThenApplyChangesThePupils(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        await app.WithDbAsync(db => db.Schools.Where(s => s.Id == "regenboog").ExecuteUpdateAsync(s => s.SetProperty(r => r.Brin, "12AB")));
        using var sanne = await app.SignInAsync("sanne.deboer");

        var preview = await PreviewAsync(sanne, Export);

        Assert.Contains("data-testid=\"pupil-import-preview\"", preview, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"pupil-changes-new\".*Sem de Vries", Flat(preview));
        Assert.Matches("data-testid=\"pupil-changes-moved\".*Noah Bos.*groep 7 → 8", Flat(preview));
        Assert.Matches("data-testid=\"pupil-changes-left\".*Emma de Wit.*niet meer in de export", Flat(preview));
        Assert.Null(await app.WithDbAsync(db => db.Students.Where(s => s.Id == "emma.dewit").Select(s => s.LeftOn).SingleAsync()));

        var applied = await ApplyAsync(sanne, preview);

        Assert.Contains("Leerlingen bijgewerkt: 1 nieuw, 1 van groep of school gewisseld, 4 vertrokken", applied, StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.Students.Where(s => s.Id == "emma.dewit").Select(s => s.LeftOn).SingleAsync()));
        Assert.Equal("8", await app.WithDbAsync(db => db.Students.Where(s => s.Id == "noah.bos").Select(s => s.Group).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Students.AnyAsync(s => s.PupilNumber == "1004" && s.Name == "Sem de Vries")));
    }

    [Fact]
    public async Task Upload_BadFile_SaysFileRowAndColumnInDutch_AndShowsNoApply()
    {
        var app = await apps.FreshAsync();
        await app.WithDbAsync(db => db.Schools.Where(s => s.Id == "regenboog").ExecuteUpdateAsync(s => s.SetProperty(r => r.Brin, "12AB")));
        using var sanne = await app.SignInAsync("sanne.deboer");

        var html = await PreviewAsync(sanne, Export + "\n1005;;;Jansen;3;12AB;;;");

        Assert.Contains("Het bestand is geweigerd; er is niets gewijzigd.", html, StringComparison.Ordinal);
        Assert.Contains("leerlingen.csv, regel 4, kolom 2 (Roepnaam)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"pupil-import-preview\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Apply", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "leerlingen.xls", "oude formaat (.xls) of een werkmap met een wachtwoord")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 0 }, "leerlingen.xlsx", "Het Excel-bestand is beschadigd")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x0A, 0, 0, 0x78, 0x9C, 0 }, "leerlingen.csv", "geen CSV-tekstbestand")]
    public async Task Upload_FileThatIsNoExport_SaysWhatItIsInDutch_AndChangesNothing(byte[] bytes, string name, string expected)
    {
        var app = shared.App;
        using var sanne = await app.SignInAsync("sanne.deboer");
        var before = await app.WithDbAsync(db => db.Students.CountAsync());

        var html = await PostAsync(sanne, "Preview", form => form.Add(new ByteArrayContent(bytes), "Upload", name));

        Assert.Contains("Het bestand is geweigerd; er is niets gewijzigd.", html, StringComparison.Ordinal);
        Assert.Contains($"{name}: ", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Apply", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Students.CountAsync()));
    }

    [Fact]
    public async Task Page_IsForAdministratorsOnly()
    {
        var app = shared.App;
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var karin = await app.SignInAsync("karin.mulder");

        var admin = await sanne.GetAsync(new Uri("/organisation/pupils/import", UriKind.Relative));
        var director = await karin.GetAsync(new Uri("/organisation/pupils/import", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, director.StatusCode);
        Assert.DoesNotContain("Leerlingen importeren", await director.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Flat(string html) => html.Replace("\n", " ", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
