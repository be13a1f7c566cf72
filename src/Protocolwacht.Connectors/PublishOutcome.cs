namespace Protocolwacht.Connectors;

/// <summary>
/// The answer to a publish or edit. A closed set: <see cref="Published"/>, <see cref="Failed"/>,
/// <see cref="RateLimited"/>, <see cref="Unknown"/>.
/// </summary>
public abstract record PublishOutcome
{
    private PublishOutcome()
    {
    }

    /// <summary>
    /// Set when the connector had to renew the token (X refresh) during the call. The caller must
    /// store these credentials (encrypted) and use them from now on: the old refresh token is spent.
    /// </summary>
    public PlatformCredentials? RenewedCredentials { get; init; }

    /// <summary>The platform accepted the post.</summary>
    /// <param name="PlatformPostId">The platform's id, needed for edit, delete and reconciliation.</param>
    /// <param name="Url">Where people see the post, when the platform tells or a stable pattern exists.</param>
    public sealed record Published(string PlatformPostId, Uri? Url) : PublishOutcome;

    /// <summary>The platform answered and did not publish.</summary>
    /// <param name="Permanent">True when trying again with the same request and credentials cannot help (bad token, text too long, no image for Instagram).</param>
    /// <param name="Reason">Dutch, for the author; ends with the platform's own message when there is one.</param>
    /// <param name="PlatformMessage">The platform's own error text, verbatim, or null.</param>
    public sealed record Failed(bool Permanent, string Reason, string? PlatformMessage) : PublishOutcome;

    /// <summary>The platform refused because of a rate limit; nothing was published.</summary>
    /// <param name="RetryAt">The earliest moment to try again, from the platform's headers or the connector's default back-off.</param>
    public sealed record RateLimited(DateTimeOffset RetryAt, string Reason) : PublishOutcome;

    /// <summary>
    /// The request may have reached the platform but no answer came (timeout, dropped connection,
    /// server error). Never a failure: reconcile before any retry.
    /// </summary>
    public sealed record Unknown(string Reason) : PublishOutcome
    {
        /// <summary>When the platform asked to be called again (<c>Retry-After</c> with a server error); null when it did not say.</summary>
        public DateTimeOffset? RetryAt { get; init; }
    }
}
