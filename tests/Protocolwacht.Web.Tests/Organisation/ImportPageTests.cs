using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Organisation;

/// <summary>
/// The organisation import page. The two tests whose requests must change nothing (a refused file, a director who
/// may not import) share one app (<see cref="SharedApp"/>); the refused file's test reads the school's name back, so a
/// refusal that changed something still fails. A test that imports starts its own app.
/// </summary>
public sealed partial class ImportPageTests(SharedApp shared, FreshDatabaseApp apps) : IClassFixture<SharedApp>, IClassFixture<FreshDatabaseApp>
{
    private static string DemoJson()
    {
        using var stream = typeof(Domain.Organisation.OrganisationModel).Assembly.GetManifestResourceStream("Protocolwacht.Domain.demo-organisation.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string json)
    {
        var page = await client.GetStringAsync(new Uri("/organisation/import", UriKind.Relative));
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "Upload", "organisatie.json");
        return await client.PostAsync(new Uri("/organisation/import", UriKind.Relative), form);
    }

    [Fact]
    public async Task Upload_GoodFile_UpdatesAndGivesNewStaffAnAccount()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var json = DemoJson().Replace(
            "{ \"id\": \"mark.willems\"",
            "{ \"id\": \"nina.vos\", \"name\": \"Nina Vos\", \"role\": \"medewerker\", \"function\": \"leerkracht groep 1\", \"school\": \"sintjozef\", \"manager\": \"ingrid.smit\" },\n    { \"id\": \"mark.willems\"",
            StringComparison.Ordinal);

        var response = await UploadAsync(sanne, json);
        var html = await response.Content.ReadAsStringAsync();
        using var nina = await app.SignInAsync("nina.vos");

        Assert.Contains("geïmporteerd", html, StringComparison.Ordinal);
        Assert.Contains("Nina Vos", await nina.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task Upload_StaffIdThatCannotBeAUserName_RollsBackTheWholeImport(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var sanne = await app.SignInAsync("sanne.deboer");
        // Nina (valid) gets her account inside the import before "chloë.jansen" is refused as a user name.
        var json = DemoJson()
            .Replace("Kindcentrum Het Kompas", "Mag niet veranderen", StringComparison.Ordinal)
            .Replace(
                "{ \"id\": \"mark.willems\"",
                "{ \"id\": \"nina.vos\", \"name\": \"Nina Vos\", \"role\": \"medewerker\", \"function\": \"leerkracht groep 1\", \"school\": \"sintjozef\", \"manager\": \"ingrid.smit\" },\n    " +
                "{ \"id\": \"chloë.jansen\", \"name\": \"Chloë Jansen\", \"role\": \"medewerker\", \"function\": \"leerkracht groep 3\", \"school\": \"sintjozef\", \"manager\": \"ingrid.smit\" },\n    { \"id\": \"mark.willems\"",
                StringComparison.Ordinal);

        var response = await UploadAsync(sanne, json);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De import is mislukt en teruggedraaid; er is niets gewijzigd.", html, StringComparison.Ordinal);
        Assert.Contains("medewerker 'chloë.jansen'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("geïmporteerd", html, StringComparison.Ordinal);
        Assert.Equal("Kindcentrum Het Kompas", await app.WithDbAsync(db => db.Schools.Where(s => s.Id == "kompas").Select(s => s.Name).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.Staff.AnyAsync(s => s.Id == "nina.vos")));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StaffId == "nina.vos")));

        // The same file with an id that can be a user name goes through, Nina's account included.
        var accepted = await (await UploadAsync(sanne, json.Replace("chloë.jansen", "chloe.jansen", StringComparison.Ordinal))).Content.ReadAsStringAsync();
        Assert.Contains("geïmporteerd", accepted, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StaffId == "nina.vos")));
    }

    [Theory]
    [AllDatabases]
    public async Task Upload_UnchangedFileAfterAWithdrawal_KeepsTheRegistersNo_AndReportsTheConflict(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        // The demo file says "ja" for Noah; his mother withdraws the photo consent at the school.
        var withdrawn = await karin.PostJsonAsync("/api/consent/students/noah.bos",
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "unknown", "ellen.bos", null, true, "Ingetrokken door moeder"));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        // The unchanged file plus one new staff member and one new pupil whose consent the register does not know yet.
        var json = DemoJson()
            .Replace(
                "{ \"id\": \"mark.willems\"",
                "{ \"id\": \"nina.vos\", \"name\": \"Nina Vos\", \"role\": \"medewerker\", \"function\": \"leerkracht groep 1\", \"school\": \"sintjozef\", \"manager\": \"ingrid.smit\" },\n    { \"id\": \"mark.willems\"",
                StringComparison.Ordinal)
            .Replace(
                "{ \"id\": \"emma.dewit\"",
                "{ \"id\": \"lotte.nieuw\", \"name\": \"Lotte Nieuw\", \"school\": \"regenboog\", \"group\": \"2\", \"social_media_consent\": true },\n    { \"id\": \"emma.dewit\"",
                StringComparison.Ordinal);

        var html = WebUtility.HtmlDecode(await (await UploadAsync(sanne, json)).Content.ReadAsStringAsync());
        var noah = await karin.GetFromJsonAsync<StudentConsentDto>(new Uri("/api/consent/students/noah.bos", UriKind.Relative));
        var lotte = await karin.GetFromJsonAsync<StudentConsentDto>(new Uri("/api/consent/students/lotte.nieuw", UriKind.Relative));

        Assert.Contains("geïmporteerd", html, StringComparison.Ordinal);
        Assert.Equal("no", noah!.Current[ConsentPurpose.PhotoOnSocialMedia]);
        var photo = noah.History.Where(c => c.Purpose == ConsentPurpose.PhotoOnSocialMedia).ToList();
        Assert.Equal(["import", "karin.mulder"], photo.OrderBy(c => c.Sequence).Select(c => c.ChangedBy));
        var conflicts = ConflictList().Match(html);
        Assert.True(conflicts.Success, html);
        Assert.Contains("Noah Bos (noah.bos)", conflicts.Value, StringComparison.Ordinal);
        Assert.Contains("het bestand zegt ja, het register zegt nee voor foto op social media", conflicts.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("emma.dewit", conflicts.Value, StringComparison.Ordinal);
        // A pupil the register did not know is seeded from the file: the import could have written consent.
        Assert.Equal("yes", lotte!.Current[ConsentPurpose.PhotoOnSocialMedia]);
        Assert.Equal("import", Assert.Single(lotte.History, c => c.Purpose == ConsentPurpose.PhotoOnSocialMedia).ChangedBy);
    }

    [Fact]
    public async Task Upload_FileWithUnknownManager_IsRefusedWithLineAndField_AndChangesNothing()
    {
        var app = shared.App;
        using var sanne = await app.SignInAsync("sanne.deboer");
        var json = DemoJson()
            .Replace("Kindcentrum Het Kompas", "Mag niet veranderen", StringComparison.Ordinal)
            .Replace("\"manager\": \"youssef.bakker\" },\n    { \"id\": \"noor.peters\"", "\"manager\": \"niemand\" },\n    { \"id\": \"noor.peters\"", StringComparison.Ordinal);

        var html = await (await UploadAsync(sanne, json)).Content.ReadAsStringAsync();
        var name = await app.WithDbAsync(db => db.Schools.Where(s => s.Id == "kompas").Select(s => s.Name).SingleAsync());

        Assert.Contains("er is niets gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains("staff[12].manager", html, StringComparison.Ordinal);
        Assert.Matches("regel \\d+, bij &#x27;staff\\[12\\]\\.manager&#x27;: ", html); // the place once, the part quoted
        Assert.Equal("Kindcentrum Het Kompas", name);
    }

    [Fact]
    public async Task Upload_ByNonAdministrator_IsDenied()
    {
        var app = shared.App;
        using var karin = await app.SignInAsync("karin.mulder");

        var response = await karin.GetAsync(new Uri("/organisation/import", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [GeneratedRegex("<ul data-testid=\"import-consent-conflicts\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex ConflictList();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
