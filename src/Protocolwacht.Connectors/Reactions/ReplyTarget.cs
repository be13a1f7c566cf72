namespace Protocolwacht.Connectors.Reactions;

/// <summary>Where a reply goes: under a reaction, in the thread of one of the account's published posts.</summary>
/// <param name="RootPostId">The published post's platform id, as the connector returned it when publishing.</param>
/// <param name="ReactionId">The reaction's platform id (<see cref="PlatformReaction.PlatformId"/>): the reply's parent.</param>
public sealed record ReplyTarget(string RootPostId, string ReactionId);
