namespace Protocolwacht.Persistence.Accounts;

/// <summary>
/// An OAuth client this app registered itself at a platform instance (Mastodon's <c>POST /api/v1/apps</c>), kept
/// per instance so every account on that instance shares it. <see cref="ProtectedClientSecret"/> is encrypted with
/// Data Protection like account credentials.
/// </summary>
public class OAuthClientEntity
{
    /// <summary>The instance's origin, lower case, without a trailing slash (<c>https://mastodon.example</c>).</summary>
    public string Instance { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public string ProtectedClientSecret { get; set; } = string.Empty;

    /// <summary>The callback URL registered with the client; a new callback URL needs a new registration.</summary>
    public string RedirectUri { get; set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; set; }
}
