namespace Protocolwacht.Connectors.Reactions;

/// <summary>
/// One reaction as the platform gives it, and no more: who (handle and display name as shown on the
/// platform), what, when, and the platform's ids. Nothing is looked up about the author.
/// </summary>
/// <param name="PlatformId">The reaction's id on the platform; unique per channel.</param>
/// <param name="InReplyToId">The post or reaction it answers, when the platform says.</param>
/// <param name="AuthorHandle">The author's handle or platform id (LinkedIn gives only a member URN).</param>
/// <param name="AuthorName">The display name, when the platform gives one.</param>
/// <param name="FromAccount">True when the account itself wrote it (its own replies are not reactions to answer).</param>
/// <param name="Hidden">True or false when the platform reports it; null when it does not say.</param>
public sealed record PlatformReaction(
    string PlatformId,
    string? InReplyToId,
    string? AuthorHandle,
    string? AuthorName,
    string Text,
    DateTimeOffset CreatedAt,
    Uri? Url,
    bool FromAccount,
    bool? Hidden);
