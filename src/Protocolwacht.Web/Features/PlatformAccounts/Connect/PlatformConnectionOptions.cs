namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// The app's own OAuth clients at the platforms (section <c>PlatformConnections</c>) and the rhythm of refreshing
/// and warning. A platform without a <see cref="OAuthClientSettings.ClientId"/> cannot be connected by its sign-in
/// flow; Mastodon needs none, the app registers itself per instance.
/// </summary>
public sealed class PlatformConnectionOptions
{
    public OAuthClientSettings X { get; set; } = new()
    {
        AuthorizeUrl = new("https://x.com/i/oauth2/authorize"),
        TokenUrl = new("https://api.x.com/2/oauth2/token"),
        RevokeUrl = new("https://api.x.com/2/oauth2/revoke"),
        Scopes = "tweet.read tweet.write users.read offline.access",
    };

    public OAuthClientSettings LinkedIn { get; set; } = new()
    {
        AuthorizeUrl = new("https://www.linkedin.com/oauth/v2/authorization"),
        TokenUrl = new("https://www.linkedin.com/oauth/v2/accessToken"),
        Scopes = "w_organization_social r_organization_social",
    };

    /// <summary>Facebook Login, for Facebook pages and the Instagram professional accounts linked to them.</summary>
    public OAuthClientSettings Meta { get; set; } = new()
    {
        AuthorizeUrl = new("https://www.facebook.com/v21.0/dialog/oauth"),
        TokenUrl = new("https://graph.facebook.com/v21.0/oauth/access_token"),
        ApiUrl = new("https://graph.facebook.com/v21.0/"),
        Scopes = "pages_show_list,pages_read_engagement,pages_manage_posts,pages_manage_engagement,instagram_basic,instagram_content_publish,instagram_manage_comments,business_management",
    };

    /// <summary>Mastodon: the app registers itself at each instance under this name, with these scopes.</summary>
    public MastodonClientSettings Mastodon { get; set; } = new();

    /// <summary>A delivery refreshes an access token that expires within this time before using it.</summary>
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>False turns the refresh and warning job off on this instance (deliveries still refresh what they use).</summary>
    public bool JobEnabled { get; set; } = true;

    /// <summary>How often the refresh job looks; it refreshes tokens that expire before its next round (plus <see cref="RefreshAhead"/>).</summary>
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Days before a connection ends (a token or permission that cannot be refreshed) on which the administrators are told, once each.</summary>
    public int[] WarnDaysBefore { get; set; } = [14, 3, 1];

    /// <summary>How long a started sign-in at a platform may take before its state is no longer accepted.</summary>
    public TimeSpan StateLifetime { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>One platform's OAuth client and endpoints; the endpoints default to the platform's documented ones.</summary>
public sealed class OAuthClientSettings
{
    public string? ClientId { get; set; }

    /// <summary>Set for a confidential client (X optional; LinkedIn and Meta always).</summary>
    public string? ClientSecret { get; set; }

    public Uri? AuthorizeUrl { get; set; }

    public Uri? TokenUrl { get; set; }

    /// <summary>Where a token is revoked on disconnect; null when the platform offers no revocation.</summary>
    public Uri? RevokeUrl { get; set; }

    /// <summary>The platform's API root, for the calls after the code exchange (Meta: long-lived token, pages).</summary>
    public Uri? ApiUrl { get; set; }

    public string Scopes { get; set; } = string.Empty;
}

public sealed class MastodonClientSettings
{
    public string ClientName { get; set; } = "Protocolwacht";

    public string Scopes { get; set; } = "read write";

    /// <summary>Shown by the instance with the app's name; optional.</summary>
    public Uri? Website { get; set; }
}
