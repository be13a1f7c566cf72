namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Settings every connector has. Bound from configuration by the host (for example
/// <c>Connectors:Mastodon</c>); tests point <see cref="BaseUrl"/> at a local server.
/// </summary>
public abstract class ConnectorOptions(Uri defaultBaseUrl)
{
    /// <summary>The platform's API root. Platforms with instances (Mastodon, Bluesky) prefer the account's own instance.</summary>
    public Uri BaseUrl { get; set; } = defaultBaseUrl;

    /// <summary>
    /// How long one platform call may take, including reading the answer. When it passes, the
    /// outcome is unknown (the request may have arrived), never failed.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The back-off used when a platform says "too many requests" without saying until when.</summary>
    public TimeSpan DefaultRateLimitBackoff { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many pages of the account's own posts reconciliation reads before it gives up and says "undetermined".</summary>
    public int ReconcileMaxPages { get; set; } = 5;

    /// <summary>
    /// Posts created up to this long before the attempt still count as candidates, because the
    /// platform's clock and ours differ.
    /// </summary>
    public TimeSpan ReconcileClockSkew { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Reactions asked per page where the platform pages them (X allows 10 to 100, Graph up to 100).</summary>
    public int ReactionPageSize { get; set; } = 100;
}
