namespace Protocolwacht.Connectors.Facebook;

internal static class FacebookCapabilities
{
    /// <summary>
    /// Page posts take up to 63,206 characters and can be edited (POST /{post-id}) and deleted at
    /// any time; the feed edge has no idempotency key, so reconciliation reads the page's feed. One image (by public URL, alt text as
    /// <c>alt_text_custom</c>) goes through the photos edge, whose caption becomes the message of the feed post; several are
    /// uploaded unpublished and attached to one feed post (<c>attached_media</c>) in order. Facebook documents no
    /// maximum for a multi-photo post; ten keeps it the same as an Instagram carousel.
    /// </summary>
    public static readonly PlatformCapabilities Value = new()
    {
        DisplayName = "Facebook",
        MaxTextLength = 63206,
        TextLengthUnit = TextLengthUnit.CodePoints,
        CanEdit = true,
        CanDelete = true,
        SupportsIdempotencyKey = false,
        CanReconcile = true,
        CanReadReactions = true,
        CanHideReactions = true,
        RequiresMedia = false,
        MediaKinds = new HashSet<MediaKind> { MediaKind.Image },
        MaxMediaCount = 10,
        FetchesMediaByUrl = true,
    };
}
