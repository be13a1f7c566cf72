using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.Facebook;

/// <summary>One photo on the page: where Facebook fetched it, the bytes it got, its alt text, and whether it shows on its own.</summary>
public sealed record FacebookPhoto(string Id, string Url, byte[] Bytes, string? AltText, bool Published);

/// <summary>
/// The photos edge as documented: <c>POST /{page-id}/photos</c> with <c>url</c> (Facebook fetches the image before it
/// answers; an address that does not give an image is error 324 "Missing or invalid image file"), <c>caption</c>,
/// <c>alt_text_custom</c> and <c>published</c>. Published, it answers <c>{"id", "post_id"}</c> and the photo is a feed
/// post; with <c>published=false</c> only <c>{"id"}</c>, to be attached to a feed post by
/// <c>attached_media[i]={"media_fbid":"…"}</c> (each unpublished photo once).
/// </summary>
public sealed partial class FacebookServer
{
    private async Task UploadPhotoAsync(HttpContext context, string pageId)
    {
        var form = await context.Request.ReadFormAsync();
        if (!await Authorised(context, form["access_token"].ToString()))
        {
            return;
        }

        var fetched = Uri.TryCreate(form["url"].ToString(), UriKind.Absolute, out var url) ? await Fetcher.FetchAsync(url.AbsoluteUri) : null;
        if (fetched is not { IsImage: true })
        {
            await Error(context, 400, 324, 2069019, "Missing or invalid image file", "OAuthException");
            return;
        }

        var published = form["published"].ToString() != "false";
        var photoId = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        var alt = form["alt_text_custom"].ToString();
        var photo = new FacebookPhoto(photoId, url!.AbsoluteUri, fetched.Bytes, alt.Length == 0 ? null : alt, published);
        Photos[photoId] = photo;
        if (!published)
        {
            await context.Response.WriteAsJsonAsync(new { id = photoId });
            return;
        }

        var postId = $"{pageId}_{Interlocked.Increment(ref nextId)}";
        Posts[postId] = (form["caption"].ToString(), Now);
        PhotoUrls[postId] = url.AbsoluteUri;
        PostPhotos[postId] = [photo];
        await context.Response.WriteAsJsonAsync(new { id = photoId, post_id = postId });
    }

    /// <summary>The unpublished photos a feed post names in <c>attached_media[0..]</c>, in order; null when one is not such a photo.</summary>
    private List<FacebookPhoto>? AttachedPhotos(IFormCollection form)
    {
        var photos = new List<FacebookPhoto>();
        for (var i = 0; form.TryGetValue($"attached_media[{i.ToString(CultureInfo.InvariantCulture)}]", out var value); i++)
        {
            string? id;
            try
            {
                using var json = JsonDocument.Parse(value.ToString());
                id = json.RootElement.TryGetProperty("media_fbid", out var fbid) ? fbid.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }

            if (id is null || !Photos.TryGetValue(id, out var photo) || photo.Published || PostPhotos.Values.Any(p => p.Contains(photo)))
            {
                return null;
            }

            photos.Add(photo);
        }

        return photos;
    }
}
