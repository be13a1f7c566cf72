using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// The configured <see cref="OAuthPlatform"/> per channel. Mastodon is not here: its client is registered per
/// instance at connect time (<see cref="MastodonApps"/>). Bluesky connects with an app password.
/// </summary>
public sealed class OAuthPlatforms(IOptions<PlatformConnectionOptions> options)
{
    /// <summary>The channels that connect through a platform's sign-in page.</summary>
    public static IReadOnlySet<string> SignInChannels { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Channels.X, Channels.LinkedIn, Channels.Facebook, Channels.Instagram, Channels.Mastodon,
    };

    /// <summary>The platform for a channel with a fixed client, or null when the channel has none or it is not configured.</summary>
    public OAuthPlatform? For(string channel)
    {
        var o = options.Value;
        return channel switch
        {
            Channels.X => Build(channel, "X", o.X, usesPkce: true, secretInHeader: true),
            Channels.LinkedIn => Build(channel, "LinkedIn", o.LinkedIn, usesPkce: false, secretInHeader: false),
            Channels.Facebook => Build(channel, "Facebook", o.Meta, usesPkce: true, secretInHeader: false),
            Channels.Instagram => Build(channel, "Instagram (via Facebook)", o.Meta, usesPkce: true, secretInHeader: false),
            _ => null,
        };
    }

    /// <summary>Mastodon at one instance, with the client the app registered there.</summary>
    public OAuthPlatform ForMastodon(Uri instance, string clientId, string clientSecret) => new(
        Channels.Mastodon, "Mastodon", new Uri(instance, "oauth/authorize"), new Uri(instance, "oauth/token"), new Uri(instance, "oauth/revoke"),
        options.Value.Mastodon.Scopes, clientId, clientSecret, UsesPkce: true, SecretInHeader: false);

    private static OAuthPlatform? Build(string channel, string name, OAuthClientSettings settings, bool usesPkce, bool secretInHeader) =>
        string.IsNullOrWhiteSpace(settings.ClientId) || settings.AuthorizeUrl is null || settings.TokenUrl is null
            ? null
            : new OAuthPlatform(channel, name, settings.AuthorizeUrl, settings.TokenUrl, settings.RevokeUrl, settings.Scopes, settings.ClientId,
                string.IsNullOrWhiteSpace(settings.ClientSecret) ? null : settings.ClientSecret, usesPkce, secretInHeader);
}
