namespace Protocolwacht.Connectors.Reactions;

/// <summary>
/// Reads the reactions (replies, comments) to a published post, one page at a time, and hides one where
/// the platform allows it (<see cref="PlatformCapabilities.CanHideReactions"/>). Like
/// <see cref="IPlatformConnector"/>, it never throws for platform or network trouble.
/// </summary>
/// <remarks>
/// Reading is safe to repeat: a caller that loses an answer simply asks again. A page may repeat
/// reactions already seen (platforms without paging return the whole thread every time), so callers
/// store reactions idempotently by <see cref="PlatformReaction.PlatformId"/>.
/// </remarks>
public interface IReactionReader
{
    /// <summary>The channel code, the same as the connector's.</summary>
    string Channel { get; }

    /// <summary>One page of reactions to <see cref="ReactionsRequest.PlatformPostId"/>; pass the returned cursor for the next page.</summary>
    Task<ReactionsOutcome> ReadReactionsAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken);

    /// <summary>Hides one reaction from the public view (it is not deleted). Refused before any call when the platform cannot hide.</summary>
    Task<ModerationOutcome> HideReactionAsync(string platformReactionId, PlatformCredentials credentials, CancellationToken cancellationToken);
}
