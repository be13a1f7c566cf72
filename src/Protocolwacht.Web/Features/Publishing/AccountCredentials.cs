using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>The platform credentials of one account and the channel they are for.</summary>
public sealed record StoredCredentials(string Channel, PlatformCredentials Credentials)
{
    /// <summary>When the access token stops working, as the platform said when it was granted; null when unknown or never.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; init; }

    /// <summary>The encrypted form as read, so a refresh replaces exactly this credential and no newer one.</summary>
    public string ProtectedForm { get; init; } = string.Empty;
}

/// <summary>
/// Reads and writes the encrypted platform credentials of official accounts (Data Protection, keys in
/// the database so every instance can decrypt). The plaintext never leaves this class except to a connector.
/// Reads are cached for a few seconds per instance: the publisher asks for every delivery, and a
/// token changed on another instance is picked up within <see cref="CacheFor"/>.
/// </summary>
public sealed class AccountCredentials(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
{
    public const string Purpose = "Protocolwacht.AccountCredentials.v1";

    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (StoredCredentials? Value, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    public async Task<StoredCredentials?> ReadAsync(string accountId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(accountId, out var cached) && time.GetUtcNow() - cached.ReadAt < CacheFor)
        {
            return cached.Value;
        }

        var value = await ReadStoredAsync(accountId, cancellationToken);
        _cache[accountId] = (value, time.GetUtcNow());
        return value;
    }

    private async Task<StoredCredentials?> ReadStoredAsync(string accountId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var row = await db.OfficialAccounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new { a.Channel, a.ProtectedCredential, a.AccessTokenExpiresAt }).FirstOrDefaultAsync(cancellationToken);
        if (row?.ProtectedCredential is null)
        {
            return null;
        }

        var json = _protector.Unprotect(row.ProtectedCredential);
        var stored = JsonSerializer.Deserialize<CredentialJson>(json);
        return stored is null ? null : new StoredCredentials(row.Channel, stored.ToCredentials()) { AccessTokenExpiresAt = row.AccessTokenExpiresAt, ProtectedForm = row.ProtectedCredential };
    }

    /// <summary>
    /// The encrypted form to store in <see cref="Persistence.Accounts.OfficialAccountEntity.ProtectedCredential"/>,
    /// for a use case that saves the account and its credential in one unit of work; call
    /// <see cref="Forget"/> after it committed.
    /// </summary>
    public string Protect(PlatformCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return _protector.Protect(JsonSerializer.Serialize(CredentialJson.From(credentials)));
    }

    /// <summary>Drops this instance's cached copy, so the next read sees the stored credential.</summary>
    public void Forget(string accountId) => _cache.TryRemove(accountId, out _);

    /// <summary>Replaces the stored credential on its own (a token the platform renewed).</summary>
    public async Task ReplaceAsync(string accountId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var protectedText = Protect(credentials);
        await db.OfficialAccounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ProtectedCredential, protectedText), cancellationToken);
        _cache.TryRemove(accountId, out _);
    }

    /// <summary>
    /// Replaces a refreshed credential, only when the stored one is still <paramref name="expected"/> (another instance may
    /// have refreshed first); returns false when it was not. The refreshed pair and its expiry are written together.
    /// </summary>
    public async Task<bool> ReplaceRefreshedAsync(string accountId, StoredCredentials expected, PlatformCredentials refreshed, DateTimeOffset? accessTokenExpiresAt, DateTimeOffset? connectionEndsAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(refreshed);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var protectedText = Protect(refreshed);
        var changed = await db.OfficialAccounts.Where(a => a.Id == accountId && a.ProtectedCredential == expected.ProtectedForm)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.ProtectedCredential, protectedText)
                .SetProperty(a => a.AccessTokenExpiresAt, accessTokenExpiresAt)
                .SetProperty(a => a.ConnectionEndsAt, connectionEndsAt), cancellationToken);
        _cache.TryRemove(accountId, out _);
        return changed == 1;
    }

    private sealed record CredentialJson(string AccessToken, string? RefreshToken, string? AccountId, Uri? InstanceBaseUrl)
    {
        public PlatformCredentials ToCredentials() => new(AccessToken) { RefreshToken = RefreshToken, AccountId = AccountId, InstanceBaseUrl = InstanceBaseUrl };

        public static CredentialJson From(PlatformCredentials c) => new(c.AccessToken, c.RefreshToken, c.AccountId, c.InstanceBaseUrl);
    }
}
