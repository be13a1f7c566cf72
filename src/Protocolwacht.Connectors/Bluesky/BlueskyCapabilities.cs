namespace Protocolwacht.Connectors.Bluesky;

internal static class BlueskyCapabilities
{
    /// <summary>
    /// app.bsky.feed.post allows 300 graphemes; records cannot be edited (only deleted and
    /// recreated); createRecord has no idempotency key, so reconciliation reads listRecords; up to four images
    /// as an app.bsky.embed.images embed.
    /// </summary>
    public static readonly PlatformCapabilities Value = new()
    {
        DisplayName = "Bluesky",
        MaxTextLength = 300,
        TextLengthUnit = TextLengthUnit.Graphemes,
        CanEdit = false,
        CanDelete = true,
        SupportsIdempotencyKey = false,
        CanReconcile = true,
        CanReadReactions = true,
        CanReportReactions = true,
        RequiresMedia = false,
        MediaKinds = new HashSet<MediaKind> { MediaKind.Image },
        MaxMediaCount = 4,
    };
}
