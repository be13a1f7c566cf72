namespace Protocolwacht.Connectors;

/// <summary>
/// The answer to a delete: <see cref="Deleted"/>, <see cref="Failed"/>, <see cref="RateLimited"/>, <see cref="Unknown"/>.
/// </summary>
public abstract record DeleteOutcome
{
    private DeleteOutcome()
    {
    }

    /// <inheritdoc cref="PublishOutcome.RenewedCredentials"/>
    public PlatformCredentials? RenewedCredentials { get; init; }

    /// <param name="AlreadyGone">True when the platform said the post did not exist (any more); the goal is reached either way.</param>
    public sealed record Deleted(bool AlreadyGone) : DeleteOutcome;

    /// <inheritdoc cref="PublishOutcome.Failed"/>
    public sealed record Failed(bool Permanent, string Reason, string? PlatformMessage) : DeleteOutcome;

    /// <inheritdoc cref="PublishOutcome.RateLimited"/>
    public sealed record RateLimited(DateTimeOffset RetryAt, string Reason) : DeleteOutcome;

    /// <summary>No answer came; ask the platform again before telling anyone the post is gone.</summary>
    public sealed record Unknown(string Reason) : DeleteOutcome
    {
        /// <summary>When the platform asked to be called again (<c>Retry-After</c> with a server error); null when it did not say.</summary>
        public DateTimeOffset? RetryAt { get; init; }
    }
}
