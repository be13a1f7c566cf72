namespace Protocolwacht.Connectors.Mastodon;

internal static class MastodonCapabilities
{
    /// <summary>
    /// Defaults of a stock Mastodon server: 500 characters (instances may raise it), edits without a
    /// time limit, Idempotency-Key remembered for one hour, up to four images or videos uploaded
    /// through /api/v2/media.
    /// </summary>
    public static readonly PlatformCapabilities Value = new()
    {
        DisplayName = "Mastodon",
        MaxTextLength = 500,
        TextLengthUnit = TextLengthUnit.CodePoints,
        CanEdit = true,
        EditWindow = null,
        CanDelete = true,
        SupportsIdempotencyKey = true,
        IdempotencyKeyLifetime = TimeSpan.FromHours(1),
        CanReconcile = true,
        CanReadReactions = true,
        CanReportReactions = true,
        RequiresMedia = false,
        MediaKinds = new HashSet<MediaKind> { MediaKind.Image, MediaKind.Video },
        MaxMediaCount = 4,
    };
}
