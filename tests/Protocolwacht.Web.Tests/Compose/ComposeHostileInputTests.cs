using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>What the fuzz harnesses of issue #16 assume about the composer: a multipart body cut short is a 400 that stores nothing.</summary>
public class ComposeHostileInputTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task Compose_MultipartBodyCutShort_Is400AndStoresNothing()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var page = await tom.GetPageAsync("/compose");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        const string boundary = "----protocolwacht-fuzz";
        var whole = $"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{WebUtility.HtmlDecode(token)}\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.Text\"\r\n\r\nSportdag\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.AccountIds\"\r\n\r\nregenboog-x\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.UploadDescription\"\r\n\r\nFoto van de sportdag\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.Upload\"; filename=\"foto.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n1234567890\r\n"
            + $"--{boundary}--\r\n";

        async Task<HttpResponseMessage> PostAsync(string multipart)
        {
            using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(multipart));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
            return await tom.PostAsync(new Uri("/compose?handler=Save", UriKind.Relative), content);
        }

        var cut = await PostAsync(whole[..(whole.IndexOf("PNG", StringComparison.Ordinal) + 6)]);

        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
        // The same body whole is stored, so the 400 above is about the cut.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(whole)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
    }
}
