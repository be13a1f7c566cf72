using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Reads the archive back: every record in sequence order (with plain ADO.NET, so a million records
/// stream without change tracking), the tree heads and the public keys, and verifies it all with
/// <see cref="ArchiveVerifier"/> (reading and hashing on two threads, <see cref="ArchiveBatchReader"/>). Read-only.
/// </summary>
public sealed class ArchiveStore(ProtocolwachtDbContext db)
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    /// <summary>Every record with its content, in sequence order, as objects: for exports and reports that need the records themselves.</summary>
    public async IAsyncEnumerable<StoredArchiveRecord> ReadAllAsync(long upToSequence = long.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = ArchiveBatchReader.Command(db, connection, upToSequence, withContent: true);
            var sqlite = db.Database.IsSqlite();
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return Read(reader, sqlite);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    public async Task<IReadOnlyList<SignedTreeHead>> TreeHeadsAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.ArchiveTreeHeads.AsNoTracking().OrderBy(h => h.TreeSize).ToListAsync(cancellationToken)).Select(ToDomain)];

    public async Task<SignedTreeHead?> LatestTreeHeadAsync(CancellationToken cancellationToken = default)
    {
        var row = await db.ArchiveTreeHeads.AsNoTracking().OrderByDescending(h => h.TreeSize).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    public async Task<IReadOnlyDictionary<string, byte[]>> PublicKeysAsync(CancellationToken cancellationToken = default) =>
        await db.ArchiveSigningKeys.AsNoTracking().ToDictionaryAsync(k => k.KeyId, k => k.PublicKey, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        db.ArchiveRecords.LongCountAsync(cancellationToken);

    /// <summary>The record and its content (null once redacted), or null when there is no such record.</summary>
    public async Task<StoredArchiveRecord?> FindAsync(long sequence, CancellationToken cancellationToken = default)
    {
        var row = await db.ArchiveRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Sequence == sequence, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var content = await db.ArchiveContents.AsNoTracking().Where(c => c.Sequence == sequence).Select(c => c.Content).SingleOrDefaultAsync(cancellationToken);
        return new StoredArchiveRecord(new ArchiveRecord(row.Sequence, row.Type, row.RecordedAt, row.ContentHash, row.RedactsSequence), content);
    }

    /// <summary>The leaf hashes of the first <paramref name="size"/> records, for proofs.</summary>
    public async Task<List<byte[]>> LeafHashesAsync(long size, CancellationToken cancellationToken = default)
    {
        var leaves = new List<byte[]>();
        await new ArchiveBatchReader(db).ReadAsync(size, withContent: false, batch =>
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var leaf = new byte[MerkleTree.HashSize];
                batch.WriteLeafHash(i, leaf);
                leaves.Add(leaf);
            }
        }, cancellationToken);
        return leaves;
    }

    /// <summary>Recomputes everything against the stored tree heads and keys (and any heads kept outside, <paramref name="outsideHeads"/>).</summary>
    public async Task<VerificationReport> VerifyAsync(IReadOnlyList<(SignedTreeHead Head, byte[] PublicKey)>? outsideHeads = null, CancellationToken cancellationToken = default)
    {
        var heads = (await TreeHeadsAsync(cancellationToken)).ToList();
        var keys = new Dictionary<string, byte[]>(await PublicKeysAsync(cancellationToken), StringComparer.Ordinal);
        foreach (var (head, key) in outsideHeads ?? [])
        {
            heads.Add(head);
            keys.TryAdd(head.KeyId, key);
        }

        var verifier = new ArchiveVerifier(heads, keys);
        await new ArchiveBatchReader(db).ReadAsync(long.MaxValue, withContent: true, verifier.Add, cancellationToken);
        return verifier.Finish();
    }

    private static StoredArchiveRecord Read(DbDataReader reader, bool sqlite)
    {
        var sequence = reader.GetInt64(0);
        var type = reader.GetString(1);
        var at = sqlite ? (DateTimeOffset)SqliteTime.ConvertFromProvider(reader.GetInt64(2))! : reader.GetFieldValue<DateTimeOffset>(2);
        var hash = reader.GetFieldValue<byte[]>(3);
        long? redacts = reader.IsDBNull(4) ? null : reader.GetInt64(4);
        var content = reader.IsDBNull(5) ? null : reader.GetFieldValue<byte[]>(5);
        return new StoredArchiveRecord(new ArchiveRecord(sequence, type, at, hash, redacts), content);
    }

    private static SignedTreeHead ToDomain(ArchiveTreeHeadEntity h) => new(h.TreeSize, h.RootHash, h.SignedAt, h.KeyId, h.Signature);
}
