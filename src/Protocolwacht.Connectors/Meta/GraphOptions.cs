using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Meta;

/// <summary>Settings shared by the connectors that speak Meta's Graph API.</summary>
public abstract class GraphOptions() : ConnectorOptions(new Uri("https://graph.facebook.com/"))
{
    /// <summary>The Graph API version in every path, for example <c>v24.0</c>; each version lives about two years.</summary>
    public string ApiVersion { get; set; } = "v24.0";

    /// <summary>Items per page when reconciling.</summary>
    public int ReconcilePageSize { get; set; } = 50;
}
