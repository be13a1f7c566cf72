namespace Protocolwacht.Domain.Reactions;

/// <summary>What the platform told about a reaction, independent of any connector type.</summary>
public sealed record ReactionContent(
    string PlatformReactionId,
    string? InReplyToId,
    string? AuthorHandle,
    string? AuthorName,
    string Text,
    DateTimeOffset PlacedAt,
    string? Url,
    bool HiddenOnPlatform);
