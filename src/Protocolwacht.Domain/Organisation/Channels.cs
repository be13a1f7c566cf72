namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// The channel codes an account can have. Kept as strings because the set grows with connectors;
/// <see cref="Known"/> is what organisation files and the batch format accept.
/// </summary>
public static class Channels
{
    public const string X = "x";
    public const string Facebook = "facebook";
    public const string Instagram = "instagram";
    public const string LinkedIn = "linkedin";
    public const string YouTube = "youtube";
    public const string Mastodon = "mastodon";
    public const string Bluesky = "bluesky";
    public const string Blog = "blog";
    public const string Sandbox = "sandbox";

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        X, Facebook, Instagram, LinkedIn, YouTube, Mastodon, Bluesky, Blog, Sandbox,
    };
}
