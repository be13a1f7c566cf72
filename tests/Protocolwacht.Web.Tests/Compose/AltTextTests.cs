using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>An image needs a description (its alt text on the platforms): without one nothing is saved, with one it is kept with the attachment.</summary>
public sealed class AltTextTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Compose_ImageWithoutAltText_RefusedInDutchAndNothingStored(string? description)
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var response = await ComposeAsync(tom, description);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again, with the error
        Assert.Contains("Beschrijf wat er op de afbeelding &#x27;klas.png&#x27; te zien is (alt-tekst)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
    }

    [Fact]
    public async Task Compose_ImageWithoutAltText_ForAnEnglishReader_SaysSoInEnglish_WithALinkToTheField()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(tom);

        var page = WebUtility.HtmlDecode(await (await ComposeAsync(tom, null)).Content.ReadAsStringAsync());

        Assert.Contains("<a href=\"#upload-description\">Describe what can be seen in the image 'klas.png' (alt text)", page, StringComparison.Ordinal);
        Assert.Contains("id=\"upload-description\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Beschrijf wat er op de afbeelding", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_ImageWithAltText_KeptWithTheAttachment()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var response = await ComposeAsync(tom, "  Kinderen tekenen aan een lange tafel  ");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal("Kinderen tekenen aan een lange tafel", Assert.Single(post.Attachments).Description);
    }

    [Fact]
    public async Task Compose_ImageWithoutAltText_KeepsTheChosenStudentsAndSettings_AndTheFile()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var fresh = await tom.GetPageAsync("/compose");
        Assert.DoesNotContain("value=\"noah.bos\" selected", fresh, StringComparison.Ordinal); // nothing is chosen on a fresh form

        var page = WebUtility.HtmlDecode(await (await ComposeAsync(tom, null, ("Form.UploadDepicts", "noah.bos"), ("Form.UploadDepicts", "sara.ouali"),
            ("Form.UploadPermission", "ja"), ("Form.UploadUnidentified", "2"), ("Form.UploadLogo", "true"))).Content.ReadAsStringAsync());

        Assert.Contains("<option value=\"noah.bos\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"sara.ouali\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"emma.dewit\" selected", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ja\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2\" name=\"Form.UploadUnidentified\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"true\" data-live=\"logo\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains(">Onze klas heeft vandaag getekend.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"regenboog-x\" checked=\"checked\"", page, StringComparison.Ordinal);
        // The file itself is kept on the server (KeptUploadTests); the page names it instead of asking for it again.
        Assert.Contains("data-testid=\"upload-kept\">Het bestand 'klas.png' is bewaard", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"upload-kept\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("upload-again", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_RefusedFile_IsNotAskedForAgain_ItsOwnErrorSaysWhatToDo()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var page = await (await ComposeAsync(tom, "Een tekening", file: ("klas.png", "image/png", "geen afbeelding"u8.ToArray()))).Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"form-errors\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("upload-again", page, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ComposeAsync(AppClient client, string? description, params (string Name, string Value)[] more) =>
        ComposeAsync(client, description, null, more);

    private static async Task<HttpResponseMessage> ComposeAsync(AppClient client, string? description, (string Name, string Type, byte[] Content)? file, params (string Name, string Value)[] more)
    {
        var page = await client.GetPageAsync("/compose");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("Onze klas heeft vandaag getekend."), "Form.Text" },
            { new StringContent("regenboog-x"), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
        };
        if (description is not null)
        {
            form.Add(new StringContent(description), "Form.UploadDescription");
        }

        foreach (var (name, value) in more)
        {
            form.Add(new StringContent(value), name);
        }

        var (fileName, type, content) = file ?? ("klas.png", "image/png", Png);
        var upload = new ByteArrayContent(content);
        upload.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(upload, "Form.Upload", fileName);
        return await client.PostAsync(new Uri("/compose?handler=Next", UriKind.Relative), form);
    }
}
