namespace Protocolwacht.Connectors.LinkedIn;

internal static class LinkedInCapabilities
{
    /// <summary>
    /// 3,000 characters of commentary; the commentary of a post can be changed with a partial
    /// update; no idempotency key, so reconciliation reads the organisation's posts. Each image goes through the Images API
    /// (initializeUpload, then PUT to the upload URL); one is <c>content.media</c>, two to twenty a multi-image post
    /// (<c>content.multiImage</c>), each with its alt text.
    /// </summary>
    public static readonly PlatformCapabilities Value = new()
    {
        DisplayName = "LinkedIn",
        MaxTextLength = 3000,
        TextLengthUnit = TextLengthUnit.CodePoints,
        CanEdit = true,
        CanDelete = true,
        SupportsIdempotencyKey = false,
        CanReconcile = true,
        CanReadReactions = true,
        RequiresMedia = false,
        MediaKinds = new HashSet<MediaKind> { MediaKind.Image },
        MaxMediaCount = 20,
    };
}
