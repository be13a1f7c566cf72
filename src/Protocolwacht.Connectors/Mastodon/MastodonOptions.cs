using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Mastodon;

/// <summary>
/// Mastodon settings. <see cref="ConnectorOptions.BaseUrl"/> is only the fallback: every account
/// normally lives on its own instance (<see cref="PlatformCredentials.InstanceBaseUrl"/>).
/// </summary>
public sealed class MastodonOptions() : ConnectorOptions(new Uri("https://mastodon.social/"))
{
    /// <summary>ISO 639 language sent with every status; null leaves it to the server.</summary>
    public string? Language { get; set; } = "nl";

    /// <summary>public, unlisted, private or direct.</summary>
    public string Visibility { get; set; } = "public";

    /// <summary>How long to wait between checks of an uploaded video or large image that the server is still processing.</summary>
    public TimeSpan MediaPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many checks before giving up on a processing upload (nothing is published then).</summary>
    public int MediaMaxPolls { get; set; } = 30;

    /// <summary>Statuses per page when reconciling (Mastodon allows at most 40).</summary>
    public int ReconcilePageSize { get; set; } = 40;
}
