using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Disconnects an account: revokes its tokens at the platform where the platform offers revocation (X
/// <c>/2/oauth2/revoke</c>, Mastodon <c>/oauth/revoke</c>; the refresh token first, as it outlives the access token),
/// then forgets them. A platform that cannot be reached does not keep the token here: it is forgotten all the same,
/// and the administrator is told to withdraw the access at the platform.
/// </summary>
public sealed class Disconnector(AccountCredentials credentials, OAuthPlatforms platforms, MastodonApps mastodon, TokenEndpoint tokens, ConnectionStore store)
{
    /// <returns>The Dutch message for the administrator.</returns>
    public async Task<string> DisconnectAsync(string accountId, string actor, CancellationToken cancellationToken)
    {
        credentials.Forget(accountId);
        var stored = await credentials.ReadAsync(accountId, cancellationToken);
        if (stored is null)
        {
            return "Dit account was niet gekoppeld.";
        }

        var platform = stored.Channel == Channels.Mastodon && stored.Credentials.InstanceBaseUrl is { } instance
            ? await mastodon.PlatformForKnownAsync(instance, cancellationToken)
            : platforms.For(stored.Channel);
        if (platform?.RevokeUrl is null)
        {
            await store.ForgetAsync(accountId, actor, $"{stored.Channel}: vergeten (platform biedt geen intrekken)", cancellationToken);
            return "De koppeling is verbroken en de gegevens zijn vergeten. Dit platform biedt geen intrekken aan: trek de toegang van Protocolwacht zo nodig ook in bij het platform zelf.";
        }

        var revoked = true;
        if (stored.Credentials.RefreshToken is { } refreshToken)
        {
            revoked &= await tokens.RevokeAsync(platform, refreshToken, "refresh_token", cancellationToken);
        }

        revoked &= await tokens.RevokeAsync(platform, stored.Credentials.AccessToken, "access_token", cancellationToken);
        await store.ForgetAsync(accountId, actor, $"{stored.Channel}: {(revoked ? "ingetrokken bij het platform" : "intrekken mislukt, vergeten")}", cancellationToken);
        return revoked
            ? $"De koppeling is verbroken: {platform.Name} heeft de toegang ingetrokken en Protocolwacht heeft de gegevens vergeten."
            : $"De koppeling is verbroken en de gegevens zijn vergeten, maar {platform.Name} kon de toegang niet intrekken (niet bereikbaar of geweigerd). Trek de toegang van Protocolwacht in bij {platform.Name} zelf.";
    }
}
