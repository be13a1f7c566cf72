namespace Protocolwacht.Connectors.X;

internal static class XCapabilities
{
    /// <summary>
    /// 280 weighted characters; the public v2 API has no edit, so a correction is a reply (reply.in_reply_to_tweet_id); POST /2/tweets takes no idempotency
    /// key, but X refuses identical text from the same account, which backs up reconciliation. Up to four images through
    /// POST /2/media/upload (tweet_image), each with its alt text through POST /2/media/metadata.
    /// </summary>
    public static readonly PlatformCapabilities Value = new()
    {
        DisplayName = "X",
        MaxTextLength = 280,
        TextLengthUnit = TextLengthUnit.XWeighted,
        CanEdit = false,
        CanDelete = true,
        CanReply = true,
        SupportsIdempotencyKey = false,
        CanReconcile = true,
        CanReadReactions = true,
        CanHideReactions = true,
        RequiresMedia = false,
        MediaKinds = new HashSet<MediaKind> { MediaKind.Image },
        MaxMediaCount = 4,
    };
}
