using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Refreshes an account's access token with its refresh token before it runs out, for the publisher (just before a
/// platform call) and for <see cref="TokenRefreshJob"/>. The new pair replaces the old one only when the stored
/// credential is still the one refreshed (<see cref="AccountCredentials.ReplaceRefreshedAsync"/>): a spent refresh
/// token is never used twice, not by this instance (one refresh per account at a time) nor by another (it finds the
/// newer credential and uses that). A refresh the platform refuses (<c>invalid_grant</c>) cannot succeed later: the
/// connection is marked ended, the administrators are told once and it is on the audit log.
/// </summary>
public sealed partial class TokenRefresher(
    AccountCredentials credentials,
    OAuthPlatforms platforms,
    MastodonApps mastodon,
    TokenEndpoint tokens,
    IServiceScopeFactory scopes,
    IOptions<PlatformConnectionOptions> options,
    TimeProvider time,
    ILogger<TokenRefresher> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>True when the token expires within <paramref name="ahead"/> and a refresh token is there to renew it.</summary>
    public bool IsDue(StoredCredentials stored, TimeSpan ahead) =>
        stored is { AccessTokenExpiresAt: { } expiresAt, Credentials.RefreshToken: not null } && expiresAt - time.GetUtcNow() <= ahead;

    /// <summary>The credentials to call the platform with now: the stored ones, refreshed first when they are (about to be) expired.</summary>
    public async Task<PlatformCredentials> FreshAsync(string accountId, StoredCredentials stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsDue(stored, options.Value.RefreshAhead))
        {
            return stored.Credentials;
        }

        var result = await RefreshAsync(accountId, options.Value.RefreshAhead, cancellationToken);
        return result.Current?.Credentials ?? stored.Credentials;
    }

    /// <summary>Refreshes the account's token when it is due within <paramref name="ahead"/>; the outcome says what happened.</summary>
    public async Task<RefreshResult> RefreshAsync(string accountId, TimeSpan ahead, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(accountId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Read again under the lock: a refresh that just finished here (or on another instance) made it not due.
            credentials.Forget(accountId);
            var stored = await credentials.ReadAsync(accountId, cancellationToken);
            if (stored is null || !IsDue(stored, ahead))
            {
                return new RefreshResult(RefreshStatus.NotDue, stored);
            }

            var platform = await PlatformForAsync(stored, cancellationToken);
            if (platform is null)
            {
                return new RefreshResult(RefreshStatus.NotConfigured, stored);
            }

            var answer = await tokens.RefreshAsync(platform, stored.Credentials.RefreshToken!, cancellationToken);
            return answer switch
            {
                TokenAnswer.Granted granted => await StoreAsync(accountId, stored, granted, cancellationToken),
                TokenAnswer.Refused refused => await RefusedAsync(accountId, stored, refused, cancellationToken),
                _ => Unreachable(accountId, stored, (TokenAnswer.Unreachable)answer),
            };
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<OAuthPlatform?> PlatformForAsync(StoredCredentials stored, CancellationToken cancellationToken) =>
        stored.Channel == Domain.Organisation.Channels.Mastodon && stored.Credentials.InstanceBaseUrl is { } instance
            ? await mastodon.PlatformForKnownAsync(instance, cancellationToken)
            : platforms.For(stored.Channel);

    private async Task<RefreshResult> StoreAsync(string accountId, StoredCredentials stored, TokenAnswer.Granted granted, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A platform that does not rotate (LinkedIn) keeps the refresh token; one that does (X) sends the new one.
        var refreshed = stored.Credentials with { AccessToken = granted.AccessToken, RefreshToken = granted.RefreshToken ?? stored.Credentials.RefreshToken };
        var connectionEndsAt = granted.RefreshExpiresIn is { } refreshLife ? now + refreshLife : await ConnectionEndsAtAsync(accountId, cancellationToken);
        if (!await credentials.ReplaceRefreshedAsync(accountId, stored, refreshed, now + granted.ExpiresIn, connectionEndsAt, cancellationToken))
        {
            // Someone connected again or refreshed meanwhile: theirs is newer, ours is not stored.
            LogLostRace(logger, accountId);
            return new RefreshResult(RefreshStatus.Superseded, await credentials.ReadAsync(accountId, cancellationToken));
        }

        LogRefreshed(logger, accountId);
        return new RefreshResult(RefreshStatus.Refreshed, await credentials.ReadAsync(accountId, cancellationToken));
    }

    private async Task<DateTimeOffset?> ConnectionEndsAtAsync(string accountId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        return await db.OfficialAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.ConnectionEndsAt).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<RefreshResult> RefusedAsync(string accountId, StoredCredentials stored, TokenAnswer.Refused refused, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var row = await db.OfficialAccounts.FirstOrDefaultAsync(a => a.Id == accountId && a.ProtectedCredential == stored.ProtectedForm, cancellationToken);
        if (row is null)
        {
            return new RefreshResult(RefreshStatus.Superseded, await credentials.ReadAsync(accountId, cancellationToken));
        }

        // The connection has ended: no further refresh is tried and the expiry warning is not sent again.
        var now = time.GetUtcNow();
        row.AccessTokenExpiresAt = null;
        row.ConnectionEndsAt = now;
        row.ExpiryWarnedDays = 0;
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(AuditActors.System, AuditActions.TokenRefreshFailed, $"account:{accountId}", $"{stored.Channel}: {refused.Error}", cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAdministratorsAsync($"Koppeling van {row.Handle} verlopen",
            $"Het platform weigerde de toegang van {row.Handle} ({ChannelNames.Of(stored.Channel)}) te vernieuwen. Berichten op dit account worden pas weer geplaatst als u het account opnieuw koppelt.",
            $"/accounts/connect/{accountId}", cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        credentials.Forget(accountId);
        LogRefused(logger, accountId, refused.Error);
        return new RefreshResult(RefreshStatus.Refused, stored);
    }

    private RefreshResult Unreachable(string accountId, StoredCredentials stored, TokenAnswer.Unreachable answer)
    {
        LogUnreachable(logger, accountId, answer.Reason);
        return new RefreshResult(RefreshStatus.Unreachable, stored);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the access token of account {AccountId}")]
    private static partial void LogRefreshed(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The credential of account {AccountId} changed during its refresh; the newer one is kept")]
    private static partial void LogLostRace(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform refused to refresh the token of account {AccountId}: {Error}")]
    private static partial void LogRefused(ILogger logger, string accountId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token endpoint for account {AccountId} could not be reached ({Reason}); trying again later")]
    private static partial void LogUnreachable(ILogger logger, string accountId, string reason);
}

public enum RefreshStatus
{
    NotDue,
    NotConfigured,
    Refreshed,
    Superseded,
    Refused,
    Unreachable,
}

/// <param name="Current">The stored credential after the attempt (null when the account has none).</param>
public sealed record RefreshResult(RefreshStatus Status, StoredCredentials? Current);
