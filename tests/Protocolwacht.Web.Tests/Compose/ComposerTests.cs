using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProtocolParts = Protocolwacht.Checks.Guidelines.Protocol;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Infrastructure.Localization;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Compose;

public class ComposerTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string Confidential =
        "Vanavond bespreekt de MR de mogelijke sluiting van onze dependance aan de Esweg. Dit is nog niet met ouders gecommuniceerd, dus graag even stilhouden.";

    [Fact]
    public async Task Composer_OffersOnlyAccountsTheAuthorMayPostOn_AndRefusesOthers()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var page = await tom.GetPageAsync("/compose");
        Assert.Contains("value=\"regenboog-x\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"konot-x\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"kompas-facebook\"", page, StringComparison.Ordinal);

        var response = await tom.PostFormAsync("/compose", new() { ["Form.Text"] = "Hallo", ["Form.AccountIds"] = "konot-x" }, handler: "Next");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies minstens één account waarop je mag plaatsen.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
        await tom.ComposeAsync("Hallo", "regenboog-x");
        Assert.Equal(1, await app.WithDbAsync(db => db.Posts.CountAsync())); // the same form with his own account is saved
    }

    [Fact]
    public async Task Composer_BeforeAcknowledgingTheProtocol_SendsToTheProtocol()
    {
        var app = await apps.FreshAsync();
        using var bas = await app.SignInAsync("bas.meijer");

        var response = await bas.GetAsync(new Uri("/compose", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/protocol", response.Headers.Location?.OriginalString);
        await app.AcknowledgeProtocolAsync("bas.meijer");
        Assert.Equal(HttpStatusCode.OK, (await bas.GetAsync(new Uri("/compose", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Attachment_IsStoredInTheDatabase_AndItsStudentsCounted()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var page = await tom.GetPageAsync("/compose");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Groepsfoto van de sportdag."), "Form.Text" },
            { new StringContent("regenboog-x"), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
            { new StringContent("emma.dewit"), "Form.UploadDepicts" },
            { new StringContent("Groepsfoto op het sportveld"), "Form.UploadDescription" },
            { new StringContent("0"), "Form.UploadUnidentified" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]) { Headers = { ContentType = new("image/png") } }, "Form.Upload", "sportdag.png" },
        };

        var response = await tom.PostAsync(new Uri("/compose?handler=Next", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        var attachment = Assert.Single(post.Attachments);
        Assert.Equal(["emma.dewit"], attachment.DepictedStudentIds);
        Assert.Equal(Domain.Posts.PostState.MustChange, post.State); // Emma's consent is "no": image-consent blocks
        var bytes = await tom.GetByteArrayAsync(new Uri($"/attachments/{attachment.BlobId}", UriKind.Relative));
        Assert.Equal(11, bytes.Length);
        // Editing the draft, the live check knows the saved photo too.
        Assert.Contains("\"depicts\":[\"emma.dewit\"]", await tom.GetPageAsync($"/compose/{post.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveCheck_ReturnsFindingsWithSpansAndProtocolText()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        const string text = "Wat een leuke sportdag, lol!";

        var response = await tom.PostJsonAsync("/api/checks/live", new { text, accounts = new[] { "regenboog-x" }, personal = false });

        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("doubt", json.GetProperty("verdict").GetString());
        var finding = json.GetProperty("findings")[0];
        Assert.Equal("informal-language", finding.GetProperty("category").GetString());
        Assert.Equal("lol", text[finding.GetProperty("start").GetInt32()..finding.GetProperty("end").GetInt32()]);
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("guidelineText").GetString()));
    }

    [Fact]
    public async Task LiveCheck_SetsTheDutchCitationsApartForAnEnglishAuthor_AndNamesTheFindingsOwnPartOnceInEitherLanguage()
    {
        // Stop 43: the composer put the protocol's Dutch titles inside the English sentence, where the review page already
        // set them apart. The confidentiality message cites two parts (R3, DONT5); the finding is R3's, named beside it.
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        var body = new { text = Confidential, accounts = new[] { "regenboog-x" }, personal = false };
        var dutch = await LiveFindingAsync(tom, body, "confidential");
        await EnglishReaderDetailsTests.InEnglishAsync(tom);

        var english = await LiveFindingAsync(tom, body, "confidential");

        var own = ProtocolParts.R3;
        Assert.Equal(own.Id, english.GetProperty("guideline").GetString());
        Assert.Equal(own.Title, english.GetProperty("guidelineTitle").GetString());
        Assert.DoesNotContain(", punt ", english.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal([ProtocolParts.DONT5.Title], english.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
        // A Dutch author reads the check's sentence with its other citation in it and nothing apart; its own part, which the
        // composer names beside it, not at its end as well (stop 44: the title twice).
        Assert.DoesNotContain(own.Title, dutch.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(own.Title, dutch.GetProperty("guidelineTitle").GetString());
        Assert.Contains($"({ProtocolParts.DONT5.Title})", dutch.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, dutch.GetProperty("citations").GetArrayLength());
    }

    private static async Task<JsonElement> LiveFindingAsync(AppClient client, object body, string category)
    {
        var response = await client.PostJsonAsync("/api/checks/live", body);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("category").GetString() == category);
    }

    [Fact]
    public async Task PersonalCheck_GivesAdvice_AndStoresNothing()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");

        var response = await tom.PostFormAsync("/compose/personal", new() { ["Text"] = "Ik vind het onderwijsbeleid van Konot slecht." });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-category=\"capacity\"", page, StringComparison.Ordinal);
        Assert.Contains("persoonlijke titel", page, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        await tom.ComposeAsync("Ik vind het onderwijsbeleid van Konot slecht.", "regenboog-x");
        Assert.Equal(1, await app.WithDbAsync(db => db.Posts.CountAsync())); // the same text for an official account is kept as a draft
    }
}
