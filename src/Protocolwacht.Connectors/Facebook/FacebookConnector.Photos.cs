using System.Globalization;
using System.Text.Json;
using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Facebook;

/// <summary>
/// A post with several photos, as the Graph API documents it: each photo is uploaded to <c>/{page-id}/photos</c>
/// with <c>published=false</c> (Facebook fetches it from <c>url</c>; nothing is shown yet), then one feed post names
/// them in order as <c>attached_media[i]={"media_fbid":"…"}</c>. Only that feed post can put anything online, so
/// trouble with an upload is a failure before publishing, never "unknown". When the post is certainly not made (an
/// upload or the feed post refused), the photos already uploaded are deleted again: a photo of children should not
/// stay on Facebook's servers, unseen, for a post that does not exist. When the outcome is unknown they stay, since
/// the post may show them.
/// </summary>
public sealed partial class FacebookConnector
{
    private async Task<(IReadOnlyList<string> Ids, PublishOutcome? Problem)> UploadUnpublishedAsync(
        string page, IReadOnlyList<PublishMedia> media, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        var ids = new List<string>(media.Count);
        foreach (var photo in media)
        {
            var exchange = await platform.SendAsync(Form($"{page}/photos", credentials, PhotoFields(photo, ("published", "false"))), cancellationToken);
            if (exchange is not HttpExchange.Answered { IsSuccess: true } answered || JsonBody.String(JsonBody.Parse(answered.Body), "id") is not { } id)
            {
                var problem = exchange is HttpExchange.Answered { IsSuccess: true } ? errors.Problems.Unreadable("geen id van de foto in het antwoord") : errors.From(exchange);
                await DeletePhotosAsync(ids, credentials, cancellationToken);
                return ([], errors.Problems.BeforePublishing(problem, $"het klaarzetten van foto {ids.Count + 1}"));
            }

            ids.Add(id);
        }

        return (ids, null);
    }

    /// <summary>Best effort: a photo that cannot be deleted now stays unpublished, which shows it nowhere.</summary>
    private async Task DeletePhotosAsync(IEnumerable<string> photoIds, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        foreach (var id in photoIds)
        {
            await platform.SendAsync(Bearer(HttpMethod.Delete, Uri.EscapeDataString(id), credentials), cancellationToken);
        }
    }

    /// <summary>The photo's address and, when the author described it, its alt text (<c>alt_text_custom</c>).</summary>
    private static (string Name, string Value)[] PhotoFields(PublishMedia photo, params (string Name, string Value)[] more) =>
    [
        ("url", photo.PublicUrl!.AbsoluteUri),
        .. string.IsNullOrWhiteSpace(photo.AltText) ? [] : new[] { ("alt_text_custom", photo.AltText.Trim()) },
        .. more,
    ];

    private static IEnumerable<(string Name, string Value)> AttachedMedia(IReadOnlyList<string> photoIds) =>
        photoIds.Select((id, i) => ($"attached_media[{i.ToString(CultureInfo.InvariantCulture)}]", JsonSerializer.Serialize(new { media_fbid = id })));
}
