namespace Protocolwacht.Connectors.Reactions;

/// <param name="PlatformPostId">The published post's id as the connector returned it when publishing.</param>
/// <param name="Cursor">Null for the first page; otherwise the <see cref="ReactionsOutcome.Page.NextCursor"/> of the previous page.</param>
public sealed record ReactionsRequest(string PlatformPostId, string? Cursor = null);
