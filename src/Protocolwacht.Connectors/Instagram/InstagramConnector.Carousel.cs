namespace Protocolwacht.Connectors.Instagram;

/// <summary>
/// A carousel, as Instagram's content publishing documents it: one item container per image
/// (<c>is_carousel_item=true</c>, no caption), then a container with <c>media_type=CAROUSEL</c>, the caption and
/// <c>children</c> (the item ids, comma separated, in the post's order). That carousel container is then checked
/// and published like a single image's.
/// </summary>
public sealed partial class InstagramConnector
{
    private async Task<(string? Id, PublishOutcome? Problem)> CreateCarouselAsync(PlatformCredentials credentials, PublishRequest request, CancellationToken cancellationToken)
    {
        var children = new List<string>(request.Media.Count);
        foreach (var image in request.Media)
        {
            var item = await CreateContainerAsync(credentials, ImageFields(image, ("is_carousel_item", "true")), $"het voorbereiden van afbeelding {children.Count + 1}", cancellationToken);
            if (item.Problem is not null)
            {
                return item;
            }

            children.Add(item.Id!);
        }

        return await CreateContainerAsync(
            credentials,
            [("media_type", "CAROUSEL"), ("children", string.Join(',', children)), ("caption", request.Text)],
            "het voorbereiden van de reeks afbeeldingen",
            cancellationToken);
    }
}
