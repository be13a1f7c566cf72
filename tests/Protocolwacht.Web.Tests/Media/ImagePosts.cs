using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Media;

/// <summary>Composes a post with images through the composer (one upload per save, as the file field does) and publishes it.</summary>
public static partial class ImagePosts
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A valid PNG whose bytes differ per <paramref name="n"/> (a marker after the image end), so order shows in the bytes.</summary>
    public static byte[] Image(int n) => [.. Png, .. Encoding.ASCII.GetBytes($"foto-{n}")];

    public static string AltText(int n) => $"Foto {n}: kinderen bouwen een toren van blokken";

    /// <returns>The post's id, with images 1..<paramref name="count"/> attached in that order.</returns>
    public static async Task<Guid> ComposeAsync(AppClient author, string account, string text, int count)
    {
        ArgumentNullException.ThrowIfNull(author);
        var postId = await author.ComposeAsync(text, account);
        for (var n = 1; n <= count; n++)
        {
            await UploadAsync(author, postId, account, n);
        }

        return postId;
    }

    /// <summary>Confirms the post, waits out the undo period and lets the publisher deliver it.</summary>
    public static async Task<Delivery> PublishAsync(ProtocolwachtApp app, AppClient author, Guid postId)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(author);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PublishAsync(postId)).StatusCode);
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        return await app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.PostId == postId));
    }

    private static async Task UploadAsync(AppClient client, Guid postId, string account, int n)
    {
        var edit = await client.GetPageAsync($"/compose/{postId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(edit).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(WebUtility.HtmlDecode(TextArea().Match(edit).Groups[1].Value)), "Form.Text" },
            { new StringContent(account), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
            { new StringContent(AltText(n)), "Form.UploadDescription" },
        };
        var file = new ByteArrayContent(Image(n));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "Form.Upload", $"toren-{n}.png");
        var response = await client.PostAsync(new Uri($"/compose/{postId}?handler=Next", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<textarea id=\"post-text\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();
}
