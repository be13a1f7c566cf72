using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.LinkedIn;

/// <summary>LinkedIn Posts API settings.</summary>
public sealed class LinkedInOptions() : ConnectorOptions(new Uri("https://api.linkedin.com/"))
{
    /// <summary>
    /// Sent as <c>LinkedIn-Version</c> (YYYYMM). LinkedIn supports a version for about a year, so
    /// this is configuration, not code.
    /// </summary>
    public string ApiVersion { get; set; } = "202610";

    /// <summary>Where posts are shown; links are built as <c>{WebUrl}feed/update/{urn}/</c>.</summary>
    public Uri WebUrl { get; set; } = new("https://www.linkedin.com/");

    /// <summary>Posts per page when reconciling (the author finder allows up to 100).</summary>
    public int ReconcilePageSize { get; set; } = 50;
}
