using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Attachments;

/// <summary>An attachment is seen by exactly those who may see its post; uploads are judged by their bytes.</summary>
public sealed partial class AttachmentTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    /// <summary>A real 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static async Task<HttpResponseMessage> ComposeWithUploadAsync(AppClient client, byte[] bytes, string fileName, string contentType)
    {
        var page = await client.GetPageAsync("/compose");
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("Onze klas heeft vandaag een mooie tekening gemaakt."), "Form.Text" },
            { new StringContent("regenboog-x"), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
            { new StringContent("Een tekening van de klas"), "Form.UploadDescription" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Form.Upload", fileName);
        return await client.PostAsync(new Uri("/compose?handler=Next", UriKind.Relative), form);
    }

    private static async Task<(Guid PostId, Guid AttachmentId)> TomPostsAPictureAsync(ProtocolwachtApp app, AppClient tom)
    {
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        var response = await ComposeWithUploadAsync(tom, Png, "tekening.png", "image/png");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var postId = Guid.Parse(PostPath().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
        var attachmentId = await app.WithDbAsync(db => db.StoredAttachments.Select(a => a.Id).SingleAsync());
        return (postId, attachmentId);
    }

    [Theory]
    [AllDatabases]
    public async Task Attachment_IsServedToWhoMaySeeThePost_And404ForStaffOfAnotherSchool(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var tom = await app.SignInAsync("tom.hendriks");
        using var jeroen = await app.SignInAsync("jeroen.vos");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var (postId, attachmentId) = await TomPostsAPictureAsync(app, tom);
        var url = new Uri($"/attachments/{attachmentId}", UriKind.Relative);

        var own = await tom.GetAsync(url);
        var administrator = await sanne.GetAsync(url);
        var otherSchool = await jeroen.GetAsync(url);
        var otherSchoolPost = await jeroen.GetAsync(new Uri($"/posts/{postId}", UriKind.Relative));
        var colleague = await fatima.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("image/png", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(own.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(Png, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, administrator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherSchoolPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherSchool.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, colleague.StatusCode);
    }

    /// <summary>The post page names an attachment's kind and source in words (stop 51: it printed the enums, "Image", "Own").</summary>
    [Fact]
    public async Task PostPage_NamesTheAttachmentsKindAndSource_NotTheirCodes()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        var (postId, _) = await TomPostsAPictureAsync(app, tom);

        var page = WebUtility.HtmlDecode(await tom.GetPageAsync($"/posts/{postId}"));

        Assert.Contains("tekening.png</a> (afbeelding, bron: eigen werk,", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(Image,", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_OfAPostTheManagerIsAskedAbout_IsServedToTheManager()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var (postId, attachmentId) = await TomPostsAPictureAsync(app, tom);
        var url = new Uri($"/attachments/{attachmentId}", UriKind.Relative);
        var before = await karin.GetAsync(url);

        await tom.RequestAdviceAsync(postId, "Mag deze tekening erop?");
        var after = await karin.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("<html><body><script>alert(1)</script></body></html>", "foto.png", "image/png")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "logo.svg", "image/svg+xml")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "logo.jpg", "image/jpeg")]
    public async Task Upload_HtmlOrSvg_IsRefusedWithADutchMessage_AndNothingIsStored(string content, string fileName, string contentType)
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        await app.AcknowledgeProtocolAsync("tom.hendriks");

        var response = await ComposeWithUploadAsync(tom, Encoding.UTF8.GetBytes(content), fileName, contentType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"De bijlage '{fileName}' is geen afbeelding, video of document dat de platforms aannemen", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.StoredAttachments.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.Posts.AnyAsync()));
    }

    [Fact]
    public async Task Upload_PngWithAMisleadingNameAndType_IsStoredAndServedAsPng()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        await app.AcknowledgeProtocolAsync("tom.hendriks");

        var response = await ComposeWithUploadAsync(tom, Png, "pagina.html", "text/html");
        var stored = await app.WithDbAsync(db => db.StoredAttachments.SingleAsync());
        var served = await tom.GetAsync(new Uri($"/attachments/{stored.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("image/png", stored.ContentType);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("/posts/([0-9a-f-]{36})")]
    private static partial Regex PostPath();
}
