using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Issues signed tree heads. A new head is only signed when the records under the previous head still
/// give its root: the archive never signs over a change it can see.
/// </summary>
public sealed class ArchiveTreeHeads(ProtocolwachtDbContext db, ArchiveStore store, TimeProvider time)
{
    // Any constant other than the archive log's: the same for every instance signing over one database.
    private const long SigningLockKey = 0x70_77_68_65_61_64; // "pwhead"

    /// <summary>
    /// Signs a head over every record now in the archive; null when nothing was added since the last head, or when
    /// another instance is signing right now (PostgreSQL: it holds the signing lock, and its head covers the same
    /// records).
    /// </summary>
    /// <summary>
    /// Whether records were added since the latest head (or there is no head yet over some records): the job asks this before
    /// it unprotects the signing key, which most rounds, with nothing new, did for nothing. <see cref="SignNewAsync"/> asks
    /// again under its lock, as another instance may have signed in between.
    /// </summary>
    public async Task<bool> HasUnsignedRecordsAsync(CancellationToken cancellationToken = default)
    {
        var latest = await store.LatestTreeHeadAsync(cancellationToken);
        return await store.CountAsync(cancellationToken) > (latest?.TreeSize ?? 0);
    }

    public async Task<SignedTreeHead?> SignNewAsync(ECDsa key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!db.Database.IsNpgsql())
        {
            return await SignUnlockedAsync(key, cancellationToken);
        }

        // Without the lock two instances whose rounds meet both reach the insert of the same size; the second's
        // unique violation changed nothing, but EF Core logs it at error level.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({SigningLockKey}) AS \"Value\"").SingleAsync(cancellationToken);
        if (!locked)
        {
            return null;
        }

        var head = await SignUnlockedAsync(key, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return head;
    }

    private async Task<SignedTreeHead?> SignUnlockedAsync(ECDsa key, CancellationToken cancellationToken)
    {
        var latest = await store.LatestTreeHeadAsync(cancellationToken);
        if (latest is not null && await store.CountAsync(cancellationToken) <= latest.TreeSize)
        {
            return null; // nothing added: the hourly job does not read the whole archive for nothing
        }

        var tree = new MerkleRootBuilder();
        byte[]? rootAtLatest = latest is { TreeSize: 0 } ? tree.Root() : null;
        await new ArchiveBatchReader(db).ReadAsync(long.MaxValue, withContent: false, batch =>
        {
            Span<byte> leaf = stackalloc byte[MerkleTree.HashSize];
            for (var i = 0; i < batch.Count; i++)
            {
                batch.WriteLeafHash(i, leaf);
                tree.AddLeafHash(leaf);
                if (latest is not null && tree.Size == latest.TreeSize)
                {
                    rootAtLatest = tree.Root();
                }
            }
        }, cancellationToken);

        if (tree.Size == 0 || (latest is not null && tree.Size <= latest.TreeSize))
        {
            return null;
        }

        if (latest is not null && (rootAtLatest is null || !rootAtLatest.AsSpan().SequenceEqual(latest.RootHash)))
        {
            throw new ArchiveTamperedException($"Archiefrecords 1 tot en met {latest.TreeSize} geven niet meer de hash van de ondertekende boomkop over {latest.TreeSize} records: het archief is buiten de app om gewijzigd. Er is geen nieuwe boomkop ondertekend. Voer 'protocolwacht archive verify' uit om te zien welk record afwijkt.");
        }

        var head = SignedTreeHead.Sign(tree.Size, tree.Root(), time.GetUtcNow(), key);
        db.ArchiveTreeHeads.Add(new ArchiveTreeHeadEntity
        {
            TreeSize = head.TreeSize,
            RootHash = head.RootHash,
            SignedAt = head.Timestamp,
            KeyId = head.KeyId,
            Signature = head.Signature,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return head;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null; // another process stored a head of this size first (SQLite: a second instance on one file)
        }
    }
}

/// <summary>The stored records no longer match what was signed.</summary>
public sealed class ArchiveTamperedException(string message) : InvalidOperationException(message);
