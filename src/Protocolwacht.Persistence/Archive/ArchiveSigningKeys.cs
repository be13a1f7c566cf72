using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// The tree-head signing key (ECDSA P-256). Created on first use; the private key is stored encrypted
/// with ASP.NET Core Data Protection (whose keys live in the same database, so every instance can sign),
/// the public key in the clear for anyone who verifies. The newest key signs.
/// </summary>
public sealed class ArchiveSigningKeys(ProtocolwachtDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    private const string Purpose = "Protocolwacht.Archive.TreeHeadSigningKey.v1";

    public async Task<ECDsa> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var protector = protection.CreateProtector(Purpose);
        var row = await db.ArchiveSigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            var key = ECDsa.Create();
            key.ImportPkcs8PrivateKey(protector.Unprotect(Convert.FromBase64String(row.ProtectedPrivateKey)), out _);
            return key;
        }

        var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await StoreAsync(db, created, Convert.ToBase64String(protector.Protect(created.ExportPkcs8PrivateKey())), time.GetUtcNow(), cancellationToken);
        return created;
    }

    /// <summary>Stores a key's public half (and the protected private half, or an empty string for a key that is never kept, as in the benchmark).</summary>
    public static async Task StoreAsync(ProtocolwachtDbContext db, ECDsa key, string protectedPrivateKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        var publicKey = key.ExportSubjectPublicKeyInfo();
        db.ArchiveSigningKeys.Add(new ArchiveSigningKeyEntity
        {
            KeyId = SignedTreeHead.KeyIdOf(publicKey),
            PublicKey = publicKey,
            ProtectedPrivateKey = protectedPrivateKey,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
