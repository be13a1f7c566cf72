using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Stores or forgets an account's connection: the encrypted credential, its expiry and the audit entry in one unit of
/// work, so a failure leaves the previous connection as it was (nothing half-stored).
/// </summary>
public sealed class ConnectionStore(ProtocolwachtDbContext db, AccountCredentials credentials, IAuditLog audit, TimeProvider time)
{
    /// <param name="connectionEndsAt">When the connection ends unless connected again (see <see cref="Persistence.Accounts.OfficialAccountEntity.ConnectionEndsAt"/>).</param>
    public async Task<bool> SaveAsync(
        string accountId, string actor, PlatformCredentials connected, DateTimeOffset? accessTokenExpiresAt, DateTimeOffset? connectionEndsAt, string details, CancellationToken cancellationToken)
    {
        var row = await db.OfficialAccounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.ProtectedCredential = credentials.Protect(connected);
        row.CredentialSetAt = time.GetUtcNow();
        row.AccessTokenExpiresAt = accessTokenExpiresAt;
        row.ConnectionEndsAt = connectionEndsAt;
        row.ExpiryWarnedDays = null;
        await audit.RecordAsync(actor, AuditActions.AccountConnected, $"account:{accountId}", details, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        credentials.Forget(accountId);
        return true;
    }

    /// <summary>Forgets the credential and its expiry, with the audit entry; <paramref name="details"/> says whether the platform revoked it.</summary>
    public async Task ForgetAsync(string accountId, string actor, string details, CancellationToken cancellationToken)
    {
        var row = await db.OfficialAccounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (row is null)
        {
            return;
        }

        row.ProtectedCredential = null;
        row.CredentialSetAt = null;
        row.AccessTokenExpiresAt = null;
        row.ConnectionEndsAt = null;
        row.ExpiryWarnedDays = null;
        await audit.RecordAsync(actor, AuditActions.AccountDisconnected, $"account:{accountId}", details, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        credentials.Forget(accountId);
    }

    /// <summary>Records a failed connect attempt on its own (nothing else changes): the reason code only, never a token.</summary>
    public async Task RecordFailureAsync(string accountId, string actor, string reason, CancellationToken cancellationToken) =>
        await audit.RecordNowAsync(actor, AuditActions.AccountConnectFailed, $"account:{accountId}", reason, cancellationToken);
}
