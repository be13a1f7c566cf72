using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors.Tests;

public sealed class PlatformConnectorFactoryTests
{
    [Fact]
    public void CreateAll_GivesOneConnectorPerRealChannel_EachWithItsCapabilities()
    {
        using var http = new HttpClient();

        var connectors = PlatformConnectorFactory.CreateAll(_ => http, new ConnectorSettings(), TimeProvider.System);

        Assert.Equal(
            [Channels.Mastodon, Channels.Bluesky, Channels.X, Channels.LinkedIn, Channels.Facebook, Channels.Instagram],
            connectors.Select(c => c.Channel));
        Assert.All(connectors, c => Assert.True(c.Capabilities.MaxTextLength > 0));
        Assert.Equal([Channels.Mastodon], connectors.Where(c => c.Capabilities.SupportsIdempotencyKey).Select(c => c.Channel));
        Assert.Equal([Channels.Instagram], connectors.Where(c => c.Capabilities.RequiresMedia).Select(c => c.Channel));
        Assert.Equal([Channels.Mastodon, Channels.LinkedIn, Channels.Facebook], connectors.Where(c => c.Capabilities.CanEdit).Select(c => c.Channel));
    }
}
