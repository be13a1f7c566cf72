namespace Protocolwacht.Connectors;

/// <summary>
/// What a platform can do, as data beside its connector. Limits describe this connector, which may
/// be narrower than the platform (for example media kinds it can upload).
/// </summary>
public sealed record PlatformCapabilities
{
    /// <summary>Name shown to users, for example "Mastodon".</summary>
    public required string DisplayName { get; init; }

    /// <summary>Maximum text length, counted in <see cref="TextLengthUnit"/>.</summary>
    public required int MaxTextLength { get; init; }

    public required TextLengthUnit TextLengthUnit { get; init; }

    public required bool CanEdit { get; init; }

    /// <summary>How long after publication an edit is accepted; null when <see cref="CanEdit"/> and unlimited.</summary>
    public TimeSpan? EditWindow { get; init; }

    public required bool CanDelete { get; init; }

    /// <summary>
    /// True when this connector places a reply under one of the account's own posts
    /// (<see cref="PublishRequest.InReplyToPostId"/>): how a correction is shown where the platform has no edit.
    /// </summary>
    public bool CanReply { get; init; }

    /// <summary>True when the platform deduplicates publishes carrying the same idempotency key.</summary>
    public required bool SupportsIdempotencyKey { get; init; }

    /// <summary>How long the platform remembers an idempotency key; null when not supported.</summary>
    public TimeSpan? IdempotencyKeyLifetime { get; init; }

    /// <summary>True when <see cref="IPlatformConnector.FindRecentAsync"/> can read the account's own recent posts.</summary>
    public required bool CanReconcile { get; init; }

    /// <summary>True when a post needs at least one attachment (Instagram).</summary>
    public required bool RequiresMedia { get; init; }

    /// <summary>Attachment kinds this connector can publish; empty for text only.</summary>
    public required IReadOnlySet<MediaKind> MediaKinds { get; init; }

    public required int MaxMediaCount { get; init; }

    /// <summary>
    /// True when the platform fetches every attachment itself from <see cref="PublishMedia.PublicUrl"/> (Facebook,
    /// Instagram), so the publisher must give each one a public address for the delivery; false when the connector
    /// uploads <see cref="PublishMedia.Content"/>.
    /// </summary>
    public bool FetchesMediaByUrl { get; init; }

    /// <summary>True when the connector reads the reactions to a published post (<see cref="Reactions.IReactionReader"/>).</summary>
    public bool CanReadReactions { get; init; }

    /// <summary>True when the platform lets the account hide a reaction from public view (Facebook, Instagram, X).</summary>
    public bool CanHideReactions { get; init; }

    /// <summary>True when the connector reports a reaction to the platform's moderators (<see cref="Reactions.IReactionReporter"/>: Mastodon, Bluesky).</summary>
    public bool CanReportReactions { get; init; }
}
