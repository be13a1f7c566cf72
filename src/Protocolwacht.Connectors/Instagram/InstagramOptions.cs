using Protocolwacht.Connectors.Meta;

namespace Protocolwacht.Connectors.Instagram;

/// <summary>Instagram (professional account through the Graph API) settings.</summary>
public sealed class InstagramOptions : GraphOptions
{
    /// <summary>How long to wait between checks of a media container that Instagram is still processing.</summary>
    public TimeSpan ContainerPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times to check a container before giving up (nothing is published then).</summary>
    public int ContainerMaxPolls { get; set; } = 10;
}
