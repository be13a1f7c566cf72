using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.X;

/// <summary>X API v2 settings. The client id (and secret, for a confidential client) are the app's, not an account's.</summary>
public sealed class XOptions() : ConnectorOptions(new Uri("https://api.x.com/"))
{
    /// <summary>OAuth 2.0 client id; needed to refresh a user token. Null disables refreshing.</summary>
    public string? ClientId { get; set; }

    /// <summary>Set for a confidential client: the refresh then authenticates with HTTP Basic.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Where posts are shown; links are built as <c>{WebUrl}i/web/status/{id}</c>.</summary>
    public Uri WebUrl { get; set; } = new("https://x.com/");

    /// <summary>Posts per page when reconciling (the timeline allows 5 to 100).</summary>
    public int ReconcilePageSize { get; set; } = 100;
}
