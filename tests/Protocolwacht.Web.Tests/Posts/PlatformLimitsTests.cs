using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>
/// Issue #7 item 13: the composer shows each chosen platform's length rule, and confirmation refuses a
/// text or a number of images that a chosen platform cannot take, whatever the browser sent.
/// </summary>
public partial class PlatformLimitsTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    // 307 characters of harmless school news: over X's 280, well under Facebook's limit.
    private static readonly string LongText = string.Concat(Enumerable.Repeat("Morgen is de schoolreis naar de dierentuin. ", 7)).Trim();

    [Fact]
    public async Task TextLongerThanX_IsRefusedAtConfirmation_NamingThePlatformAndItsLimit()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("karin.mulder");
        using var karin = await app.SignInAsync("karin.mulder");
        var forX = await karin.ComposeAsync(LongText, "regenboog-x", "regenboog-facebook");

        var refused = await karin.PublishAsync(forX);
        var problem = ProblemOf(await karin.GetPageAsync($"/posts/{forX}/publish"));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("@RegenboogEsveld (X): de tekst telt 307 tekens; X neemt er hoogstens 280.", problem);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == forX)));
    }

    [Fact]
    public async Task TheSameTextForFacebookOnly_IsConfirmed()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("karin.mulder");
        using var karin = await app.SignInAsync("karin.mulder");
        var forFacebook = await karin.ComposeAsync(LongText, "regenboog-facebook");

        await karin.PublishAsync(forFacebook);

        Assert.Equal(1, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == forFacebook)));
    }

    [Fact]
    public async Task FiveImagesForX_AreRefusedAtConfirmation()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("karin.mulder");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await karin.ComposeAsync("Een mooie dag op het schoolplein.", "regenboog-x");
        for (var n = 1; n <= 5; n++)
        {
            await UploadImageAsync(karin, id, $"plein-{n}.png");
        }

        await karin.PublishAsync(id);
        var problem = ProblemOf(await karin.GetPageAsync($"/posts/{id}/publish"));

        Assert.Equal("@RegenboogEsveld (X): 5 afbeeldingen; X neemt er hoogstens 4.", problem);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id)));
    }

    [Fact]
    public async Task Composer_ShowsTheLengthRuleOfEveryAccount()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("ingrid.smit");
        using var ingrid = await app.SignInAsync("ingrid.smit");

        var page = WebUtility.HtmlDecode(await ingrid.GetPageAsync("/compose"));

        Assert.Contains("data-limit=\"280\" data-unit=\"x-weighted\"", page, StringComparison.Ordinal);
        Assert.Contains("X: hoogstens 280 tekens (gewogen: links tellen 23, emoji 2)", page, StringComparison.Ordinal);
        Assert.Contains("Mastodon: hoogstens 500 tekens", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Composer_ShowsEachPlatformsImageLimit()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("jeroen.vos");
        using var jeroen = await app.SignInAsync("jeroen.vos");

        var page = WebUtility.HtmlDecode(await jeroen.GetPageAsync("/compose"));

        Assert.Contains("Instagram: hoogstens 2.200 tekens, met 1 tot 10 afbeeldingen", page, StringComparison.Ordinal);
        Assert.Contains("Facebook: hoogstens 63.206 tekens, tot 10 afbeeldingen", page, StringComparison.Ordinal);
    }

    /// <summary>Adds a real 1×1 PNG to the draft through the composer, as the file field does.</summary>
    private static async Task UploadImageAsync(AppClient client, Guid postId, string fileName)
    {
        var edit = await client.GetPageAsync($"/compose/{postId}");
        var token = Token().Match(edit).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(WebUtility.HtmlDecode(TextArea().Match(edit).Groups[1].Value)), "Form.Text" },
            { new StringContent("regenboog-x"), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
            { new StringContent("Een stip"), "Form.UploadDescription" },
        };
        var file = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(file, "Form.Upload", fileName);
        var response = await client.PostAsync(new Uri($"/compose/{postId}?handler=Next", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string ProblemOf(string page) =>
        WebUtility.HtmlDecode(ProblemParagraph().Match(page).Groups[1].Value);

    [GeneratedRegex("data-testid=\"problem\">([^<]*)<")]
    private static partial Regex ProblemParagraph();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<textarea id=\"post-text\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();
}
