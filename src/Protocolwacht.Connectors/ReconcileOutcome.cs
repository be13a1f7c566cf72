namespace Protocolwacht.Connectors;

/// <summary>
/// The answer to <see cref="IPlatformConnector.FindRecentAsync"/>: <see cref="Found"/>,
/// <see cref="NotFound"/>, <see cref="RateLimited"/>, <see cref="Undetermined"/>.
/// </summary>
public abstract record ReconcileOutcome
{
    private ReconcileOutcome()
    {
    }

    /// <inheritdoc cref="PublishOutcome.RenewedCredentials"/>
    public PlatformCredentials? RenewedCredentials { get; init; }

    /// <summary>The attempt did publish: record it as published with this id; do not publish again.</summary>
    public sealed record Found(string PlatformPostId, Uri? Url) : ReconcileOutcome;

    /// <summary>
    /// The account's posts since the attempt were read completely and none matches: publishing again
    /// is safe.
    /// </summary>
    public sealed record NotFound : ReconcileOutcome;

    /// <inheritdoc cref="PublishOutcome.RateLimited"/>
    public sealed record RateLimited(DateTimeOffset RetryAt, string Reason) : ReconcileOutcome;

    /// <summary>
    /// The connector could not tell (no answer, token rejected, the window did not fit in what the
    /// platform lists). The caller must not guess: try again later or ask a person.
    /// </summary>
    public sealed record Undetermined(string Reason) : ReconcileOutcome;
}
