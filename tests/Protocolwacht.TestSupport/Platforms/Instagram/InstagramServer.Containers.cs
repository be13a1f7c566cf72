using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.Instagram;

/// <summary>
/// One media container. An image container holds what Instagram fetched from <c>image_url</c> (a failed download makes
/// its status ERROR, "Media download has failed"), its <c>alt_text</c>, and whether it is a carousel item; a carousel
/// container holds its <c>children</c> in order.
/// </summary>
public sealed record InstagramContainer(
    string Id, string? ImageUrl, byte[] Bytes, string? AltText, string Caption, bool IsCarouselItem, IReadOnlyList<string> Children, bool DownloadFailed, int PollsLeft);

/// <summary>
/// <c>POST /{ig-user-id}/media</c> as the content publishing guide documents it: an image container from
/// <c>image_url</c> (+ <c>caption</c>, <c>alt_text</c>; <c>is_carousel_item=true</c> for a carousel item, which takes no
/// caption), or with <c>media_type=CAROUSEL</c> a carousel container of 2 to 10 <c>children</c> (comma-separated item
/// container ids of this account) and the caption. A carousel item cannot be published on its own.
/// </summary>
public sealed partial class InstagramServer
{
    private async Task CreateContainerAsync(HttpContext context, string igUserId)
    {
        var form = await context.Request.ReadFormAsync();
        if (!await Authorised(context, form["access_token"].ToString()))
        {
            return;
        }

        var id = NextId();
        if (form["media_type"].ToString() == "CAROUSEL")
        {
            var children = form["children"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (children.Length is < 2 or > 10 || children.Any(c => !containers.TryGetValue(c, out var item) || !item.IsCarouselItem))
            {
                await Error(context, 400, 100, 2207006, "The carousel children are invalid: 2 to 10 carousel item containers of this account are required.");
                return;
            }

            containers[id] = new InstagramContainer(id, null, [], null, form["caption"].ToString(), false, children, children.Any(c => containers[c].DownloadFailed), ProcessingPolls);
            await context.Response.WriteAsJsonAsync(new { id });
            return;
        }

        var isItem = form["is_carousel_item"].ToString() == "true";
        if (isItem && form.ContainsKey("caption"))
        {
            await Error(context, 400, 100, null, "Carousel items do not take a caption; set it on the carousel container.");
            return;
        }

        var fetched = await Fetcher.FetchAsync(form["image_url"].ToString());
        var alt = form["alt_text"].ToString();
        containers[id] = new InstagramContainer(
            id, form["image_url"].ToString(), fetched.Bytes, alt.Length == 0 ? null : alt, form["caption"].ToString(), isItem, [], !fetched.IsImage, ProcessingPolls);
        await context.Response.WriteAsJsonAsync(new { id });
    }
}
