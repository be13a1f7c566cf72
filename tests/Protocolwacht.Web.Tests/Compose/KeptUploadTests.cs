using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Compose;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>
/// Stop 40's finding: after a form error the teacher had to choose the photo again. The server now keeps it for the
/// draft (KeptUploads: in memory, bound to the sender, half an hour at most), and the next send uses it.
/// </summary>
public sealed partial class KeptUploadTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task ImageWithoutAltText_SentAgainWithoutTheFile_SavesTheKeptPhoto_AndForgetsIt()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var kept = app.Service<KeptUploads>();

        var refused = await SendAsync(tom, file: true, ("Form.UploadDepicts", "noah.bos"));
        var token = Token(refused);
        Assert.Equal(1, kept.Count);

        var saved = await SendAsync(tom, file: false, ("Form.KeptUpload", token), ("Form.UploadDescription", "Kinderen tekenen aan een lange tafel"), ("Form.UploadDepicts", "noah.bos"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        var attachment = Assert.Single(post.Attachments);
        Assert.Equal("klas.png", attachment.FileName);
        Assert.Equal(["noah.bos"], attachment.DepictedStudentIds);
        Assert.Equal(Png, await app.WithDbAsync(db => db.StoredAttachments.Where(a => a.Id == attachment.BlobId).Select(a => a.Content).SingleAsync()));
        Assert.Equal(0, kept.Count);
    }

    [Fact]
    public async Task KeptPhoto_AfterHalfAnHour_IsGone_AndTheFormSaysSoInsteadOfSavingWithoutIt()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var token = Token(await SendAsync(tom, file: true));
        Assert.Equal(1, app.Service<KeptUploads>().Count);

        await app.AdvanceAsync(KeptUploads.KeepFor);
        await app.RunBackgroundJobsAsync();
        var page = WebUtility.HtmlDecode(await (await SendAsync(tom, file: false, ("Form.KeptUpload", token), ("Form.UploadDescription", "Kinderen tekenen"))).Content.ReadAsStringAsync());

        Assert.Equal(0, app.Service<KeptUploads>().Count);
        Assert.Contains("Het bestand dat bewaard werd, is er niet meer", page, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task KeptPhoto_DroppedByTheAuthor_IsNotSaved_AndForgotten()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var token = Token(await SendAsync(tom, file: true));

        var saved = await SendAsync(tom, file: false, ("Form.KeptUpload", token), ("Form.DiscardKeptUpload", "true"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Empty((await app.WithDbAsync(db => db.Posts.SingleAsync())).Attachments);
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
        Assert.Equal(0, app.Service<KeptUploads>().Count);
    }

    [Fact]
    public async Task KeptPhoto_SigningOut_ForgetsIt()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        await SendAsync(tom, file: true);
        Assert.Equal(1, app.Service<KeptUploads>().Count);

        var page = await tom.GetPageAsync("/");
        var antiForgery = AntiForgery().Match(page).Groups[1].Value;
        using var signOut = await tom.PostAsync(new Uri("/account/signout", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(antiForgery))]));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(0, app.Service<KeptUploads>().Count);
    }

    private static string Token(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again, with the alt-text error
        var page = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var token = KeptToken().Match(page);
        Assert.True(token.Success, "no kept upload on the page");
        return token.Groups[1].Value;
    }

    // The composer's form with text and account; the photo (klas.png) only when file is true; no description unless given.
    private static async Task<HttpResponseMessage> SendAsync(AppClient client, bool file, params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync("/compose");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(AntiForgery().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("Onze klas heeft vandaag getekend."), "Form.Text" },
            { new StringContent("regenboog-x"), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file)
        {
            var upload = new ByteArrayContent(Png);
            upload.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(upload, "Form.Upload", "klas.png");
        }

        return await client.PostAsync(new Uri("/compose?handler=Next", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    [GeneratedRegex("name=\"Form.KeptUpload\" value=\"([0-9A-F]{32})\"")]
    private static partial Regex KeptToken();
}
