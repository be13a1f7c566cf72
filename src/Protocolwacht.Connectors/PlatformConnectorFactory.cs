using Protocolwacht.Connectors.Bluesky;
using Protocolwacht.Connectors.Facebook;
using Protocolwacht.Connectors.Instagram;
using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.Connectors.X;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors;

/// <summary>
/// Creates the six real connectors. Keep the result for the life of the process (register as
/// singletons): the Bluesky connector holds its sessions in memory.
/// </summary>
public static class PlatformConnectorFactory
{
    /// <param name="httpFor">The HttpClient for a channel code (for example a named client from IHttpClientFactory).</param>
    public static IReadOnlyList<IPlatformConnector> CreateAll(Func<string, HttpClient> httpFor, ConnectorSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(httpFor);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        return
        [
            new MastodonConnector(httpFor(Channels.Mastodon), settings.Mastodon, time),
            new BlueskyConnector(httpFor(Channels.Bluesky), settings.Bluesky, time),
            new XConnector(httpFor(Channels.X), settings.X, time),
            new LinkedInConnector(httpFor(Channels.LinkedIn), settings.LinkedIn, time),
            new FacebookConnector(httpFor(Channels.Facebook), settings.Facebook, time),
            new InstagramConnector(httpFor(Channels.Instagram), settings.Instagram, time),
        ];
    }
}
