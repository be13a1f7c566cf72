namespace Protocolwacht.Connectors.Instagram;

internal static class InstagramCapabilities
{
    /// <summary>
    /// Every post needs an image (fetched by Instagram from a public URL); captions up to 2,200
    /// characters; the API cannot change a caption or remove a post; no idempotency key, but
    /// creating a container publishes nothing, so only the media_publish step is uncertain. Two to ten images make a
    /// carousel (one item container each, then a CAROUSEL container with the children in order).
    /// </summary>
    public static readonly PlatformCapabilities Value = new()
    {
        DisplayName = "Instagram",
        MaxTextLength = 2200,
        TextLengthUnit = TextLengthUnit.CodePoints,
        CanEdit = false,
        CanDelete = false,
        SupportsIdempotencyKey = false,
        CanReconcile = true,
        CanReadReactions = true,
        CanHideReactions = true,
        RequiresMedia = true,
        MediaKinds = new HashSet<MediaKind> { MediaKind.Image },
        MaxMediaCount = 10,
        FetchesMediaByUrl = true,
    };
}
