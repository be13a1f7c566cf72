using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>Steps the privacy tests share: a post with a photo of a pupil, composed through the composer's form.</summary>
internal static partial class PrivacySteps
{
    /// <summary>Composes a post with a photo showing <paramref name="pupilId"/>; when the check doubts, Karin approves it.</summary>
    public static async Task<Guid> ComposeWithPhotoAsync(ProtocolwachtApp app, AppClient author, AppClient manager, string text, string pupilId, DateTimeOffset? scheduledAt = null)
    {
        var page = await author.GetPageAsync("/compose");
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(text), "Form.Text" },
            { new StringContent("regenboog-x"), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
            { new StringContent(pupilId), "Form.UploadDepicts" },
            { new StringContent("Foto van de sportdag"), "Form.UploadDescription" },
            { new StringContent("0"), "Form.UploadUnidentified" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]) { Headers = { ContentType = new("image/png") } }, "Form.Upload", "sportdag.png" },
        };
        if (scheduledAt is { } at)
        {
            var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
            form.Add(new StringContent(local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)), "Form.ScheduledAt");
        }

        var response = await author.PostAsync(new Uri("/compose?handler=Next", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(PostPath().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
        var state = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.State).SingleAsync());
        if (state == PostState.AdviceNeeded)
        {
            await author.RequestAdviceAsync(id);
            await manager.ApproveAsync(id);
        }

        return id;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/posts/([0-9a-f-]{36})")]
    private static partial Regex PostPath();
}
