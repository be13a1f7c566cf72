namespace Protocolwacht.Connectors;

/// <summary>
/// The secrets and ids a connector needs for one account. Storage and encryption are the host's job;
/// this type only promises never to print its secrets (<see cref="ToString"/> is redacted).
/// </summary>
/// <param name="AccessToken">
/// Mastodon, X, LinkedIn: the OAuth access token. Facebook and Instagram: the page (or user) access
/// token. Bluesky: an app password (the connector makes its own session).
/// </param>
public sealed record PlatformCredentials(string AccessToken)
{
    /// <summary>OAuth refresh token (X), or null.</summary>
    public string? RefreshToken { get; init; }

    /// <summary>
    /// The platform's id of the account: Mastodon account id (looked up when null), Bluesky handle or
    /// DID, X user id (looked up when null), LinkedIn organisation id or <c>urn:li:organization:…</c>,
    /// Facebook page id, Instagram professional account (IG user) id.
    /// </summary>
    public string? AccountId { get; init; }

    /// <summary>Mastodon instance or Bluesky PDS; null means the connector's configured default.</summary>
    public Uri? InstanceBaseUrl { get; init; }

    public override string ToString() =>
        $"PlatformCredentials {{ AccessToken = ***, RefreshToken = {(RefreshToken is null ? "null" : "***")}, AccountId = {AccountId ?? "null"}, InstanceBaseUrl = {InstanceBaseUrl?.ToString() ?? "null"} }}";
}
