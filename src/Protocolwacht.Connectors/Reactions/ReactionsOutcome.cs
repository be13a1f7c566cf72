namespace Protocolwacht.Connectors.Reactions;

/// <summary>The answer to <see cref="IReactionReader.ReadReactionsAsync"/>: <see cref="Page"/>, <see cref="RateLimited"/>, <see cref="Failed"/>.</summary>
public abstract record ReactionsOutcome
{
    private ReactionsOutcome()
    {
    }

    /// <inheritdoc cref="PublishOutcome.RenewedCredentials"/>
    public PlatformCredentials? RenewedCredentials { get; init; }

    /// <param name="NextCursor">Null when this was the last page.</param>
    public sealed record Page(IReadOnlyList<PlatformReaction> Reactions, string? NextCursor) : ReactionsOutcome;

    /// <summary>The platform asks to wait; ask nothing of this account before <paramref name="RetryAt"/>.</summary>
    public sealed record RateLimited(DateTimeOffset RetryAt, string Reason) : ReactionsOutcome;

    /// <param name="Permanent">True when asking again will not help (token rejected, post gone).</param>
    public sealed record Failed(bool Permanent, string Reason) : ReactionsOutcome;
}
