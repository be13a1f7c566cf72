using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>The platform credentials of one account and the channel they are for.</summary>
public sealed record StoredCredentials(string Channel, PlatformCredentials Credentials);

/// <summary>
/// Reads and writes the encrypted platform credentials of official accounts (Data Protection, keys in
/// the database so every instance can decrypt). The plaintext never leaves this class except to a connector.
/// </summary>
public sealed class AccountCredentials(IServiceScopeFactory scopes, IDataProtectionProvider protection)
{
    public const string Purpose = "Protocolwacht.AccountCredentials.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public async Task<StoredCredentials?> ReadAsync(string accountId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var row = await db.OfficialAccounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new { a.Channel, a.ProtectedCredential }).FirstOrDefaultAsync(cancellationToken);
        if (row?.ProtectedCredential is null)
        {
            return null;
        }

        var json = _protector.Unprotect(row.ProtectedCredential);
        var stored = JsonSerializer.Deserialize<CredentialJson>(json);
        return stored is null ? null : new StoredCredentials(row.Channel, stored.ToCredentials());
    }

    public async Task ReplaceAsync(string accountId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var protectedText = _protector.Protect(JsonSerializer.Serialize(CredentialJson.From(credentials)));
        await db.OfficialAccounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ProtectedCredential, protectedText), cancellationToken);
    }

    private sealed record CredentialJson(string AccessToken, string? RefreshToken, string? AccountId, Uri? InstanceBaseUrl)
    {
        public PlatformCredentials ToCredentials() => new(AccessToken) { RefreshToken = RefreshToken, AccountId = AccountId, InstanceBaseUrl = InstanceBaseUrl };

        public static CredentialJson From(PlatformCredentials c) => new(c.AccessToken, c.RefreshToken, c.AccountId, c.InstanceBaseUrl);
    }
}
