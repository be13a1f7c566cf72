namespace Protocolwacht.Connectors.Reactions;

/// <summary>The answer to hiding a reaction: <see cref="Done"/>, <see cref="RateLimited"/>, <see cref="Failed"/>.</summary>
public abstract record ModerationOutcome
{
    private ModerationOutcome()
    {
    }

    /// <inheritdoc cref="PublishOutcome.RenewedCredentials"/>
    public PlatformCredentials? RenewedCredentials { get; init; }

    public sealed record Done : ModerationOutcome;

    public sealed record RateLimited(DateTimeOffset RetryAt, string Reason) : ModerationOutcome;

    public sealed record Failed(bool Permanent, string Reason) : ModerationOutcome;
}
