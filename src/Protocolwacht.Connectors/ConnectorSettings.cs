using Protocolwacht.Connectors.Bluesky;
using Protocolwacht.Connectors.Facebook;
using Protocolwacht.Connectors.Instagram;
using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.Connectors.X;

namespace Protocolwacht.Connectors;

/// <summary>
/// The settings of every real connector in one object, so a host can bind one configuration
/// section (for example <c>Connectors</c> with <c>Connectors:Mastodon:Timeout</c>).
/// </summary>
public sealed class ConnectorSettings
{
    public MastodonOptions Mastodon { get; set; } = new();

    public BlueskyOptions Bluesky { get; set; } = new();

    public XOptions X { get; set; } = new();

    public LinkedInOptions LinkedIn { get; set; } = new();

    public FacebookOptions Facebook { get; set; } = new();

    public InstagramOptions Instagram { get; set; } = new();
}
