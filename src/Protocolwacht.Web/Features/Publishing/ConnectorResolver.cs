using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.PlatformAccounts.Connect;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>A connector and the credentials to publish with on one account.</summary>
public sealed record DeliveryChannel(IPlatformConnector Connector, PlatformCredentials Credentials);

/// <summary>
/// Decides where a delivery goes. An account with stored platform credentials and a connector for its
/// channel publishes for real; every other account publishes on the sandbox channel where the
/// <see cref="SandboxPolicy"/> allows it (Development, the demo organisation), and is not connected elsewhere.
/// </summary>
public sealed class ConnectorResolver(IEnumerable<IPlatformConnector> local, PlatformConnectors platforms, AccountCredentials credentials, SandboxPolicy sandbox, TokenRefresher refresher)
{
    private readonly Dictionary<string, IPlatformConnector> _byChannel =
        platforms.All.Concat(local).GroupBy(c => c.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The channel code a new delivery for this account is recorded with, or null when the account is not connected.</summary>
    public async Task<string?> ChannelForAsync(string accountId, CancellationToken cancellationToken)
    {
        var stored = await credentials.ReadAsync(accountId, cancellationToken);
        if (stored is not null && _byChannel.ContainsKey(stored.Channel) && stored.Channel != Channels.Sandbox)
        {
            return stored.Channel;
        }

        return await sandbox.AllowedAsync(cancellationToken) ? Channels.Sandbox : null;
    }

    /// <summary>
    /// The connector for a delivery's recorded channel, or null when that account lost its credentials. An access token
    /// that is expired or about to expire is refreshed first (<see cref="TokenRefresher"/>), so no call goes out with a
    /// token that could have been renewed.
    /// </summary>
    public async Task<DeliveryChannel?> ResolveAsync(string accountId, string channel, CancellationToken cancellationToken)
    {
        if (channel == Channels.Sandbox)
        {
            return !await sandbox.AllowedAsync(cancellationToken) ? null : new DeliveryChannel(_byChannel[Channels.Sandbox], new PlatformCredentials("sandbox") { AccountId = accountId });
        }

        var stored = await credentials.ReadAsync(accountId, cancellationToken);
        return stored is not null && _byChannel.TryGetValue(channel, out var connector)
            ? new DeliveryChannel(connector, await refresher.FreshAsync(accountId, stored, cancellationToken))
            : null;
    }

    /// <summary>What the connector of a recorded channel can do (edit, reply, delete), or null for a channel without one.</summary>
    public PlatformCapabilities? CapabilitiesOf(string channel) =>
        _byChannel.TryGetValue(channel, out var connector) ? connector.Capabilities : null;

    public Task StoreRenewedAsync(string accountId, PlatformCredentials renewed, CancellationToken cancellationToken) =>
        credentials.ReplaceAsync(accountId, renewed, cancellationToken);
}
