namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// A channel as people read it ("Instagram", "YouTube"), where the code (<see cref="Channels"/>) is for files, links and
/// configuration. A platform's name is the same in Dutch and English. The connectors' capabilities carry the same names
/// (a test holds them equal); this table also names the channels without a connector (YouTube, a blog).
/// </summary>
public static class ChannelNames
{
    /// <summary>The name of a channel code; a code that is no known channel comes back as it is, never empty.</summary>
    public static string Of(string? channel) => channel switch
    {
        Channels.X => "X",
        Channels.Facebook => "Facebook",
        Channels.Instagram => "Instagram",
        Channels.LinkedIn => "LinkedIn",
        Channels.YouTube => "YouTube",
        Channels.Mastodon => "Mastodon",
        Channels.Bluesky => "Bluesky",
        Channels.Blog => "Blog",
        Channels.Sandbox => "Sandbox",
        _ => channel ?? string.Empty,
    };

    /// <summary>"@RegenboogEsveld (X)": an account as a list or a choice shows it.</summary>
    public static string Label(OfficialAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return $"{account.Handle} ({Of(account.Channel)})";
    }
}
