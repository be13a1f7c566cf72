using System.Security.Cryptography;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// The Merkle tree hash of RFC 9162 (Certificate Transparency 2.0, section 2.1) with SHA-256: a leaf is
/// hashed as <c>SHA-256(0x00 || data)</c>, an inner node as <c>SHA-256(0x01 || left || right)</c>, and a
/// tree of n leaves splits at the largest power of two smaller than n. The prefixes keep a leaf from ever
/// passing for a node. Proofs are lists of 32-byte hashes, ordered as the RFC's algorithms produce them.
/// Stateless and thread-safe; callers pass the leaf hashes in record order.
/// </summary>
public static class MerkleTree
{
    public const int HashSize = 32;

    /// <summary>The root of the empty tree: SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot { get; } = SHA256.HashData([]);

    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        buffer[0] = 0x00;
        data.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * HashSize)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + HashSize)..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>MTH(D[0:n]) over the first <paramref name="size"/> leaf hashes.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes, long size)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leafHashes.Count);
        return size == 0 ? EmptyRoot : Subtree(leafHashes, 0, (int)size);
    }

    /// <summary>PATH(m, D[0:n]): the inclusion proof of leaf <paramref name="index"/> (0-based) in the tree of <paramref name="size"/> leaves.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[]> leafHashes, long index, long size)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leafHashes.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var proof = new List<byte[]>();
        Path(leafHashes, (int)index, 0, (int)size, proof);
        return proof;
    }

    /// <summary>PROOF(m, D[0:n]): the consistency proof between the trees of <paramref name="oldSize"/> and <paramref name="newSize"/> leaves.</summary>
    public static IReadOnlyList<byte[]> ConsistencyProof(IReadOnlyList<byte[]> leafHashes, long oldSize, long newSize)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newSize, leafHashes.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        var proof = new List<byte[]>();
        if (oldSize < newSize)
        {
            SubProof(leafHashes, (int)oldSize, 0, (int)newSize, true, proof);
        }

        return proof;
    }

    /// <summary>Verifies an inclusion proof as RFC 9162 section 2.1.3.2 describes.</summary>
    public static bool VerifyInclusion(ReadOnlySpan<byte> leafHash, long index, long size, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (index < 0 || index >= size)
        {
            return false;
        }

        long fn = index, sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = NodeHash(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    /// <summary>Verifies a consistency proof as RFC 9162 section 2.1.4.2 describes.</summary>
    public static bool VerifyConsistency(long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize <= 0 || oldSize > newSize)
        {
            return false;
        }

        if (oldSize == newSize)
        {
            return proof.Count == 0 && oldRoot.SequenceEqual(newRoot);
        }

        if (proof.Count == 0)
        {
            return false;
        }

        var path = new List<byte[]>(proof);
        if (IsPowerOfTwo(oldSize))
        {
            path.Insert(0, oldRoot.ToArray());
        }

        long fn = oldSize - 1, sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = NodeHash(c, fr);
                sr = NodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = NodeHash(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.AsSpan().SequenceEqual(oldRoot) && sr.AsSpan().SequenceEqual(newRoot);
    }

    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n ≥ 2).</summary>
    internal static int Split(int n)
    {
        var k = 1;
        while (k << 1 < n)
        {
            k <<= 1;
        }

        return k;
    }

    private static bool IsPowerOfTwo(long n) => (n & (n - 1)) == 0;

    private static byte[] Subtree(IReadOnlyList<byte[]> leaves, int start, int count)
    {
        if (count == 1)
        {
            return leaves[start];
        }

        var k = Split(count);
        return NodeHash(Subtree(leaves, start, k), Subtree(leaves, start + k, count - k));
    }

    private static void Path(IReadOnlyList<byte[]> leaves, int index, int start, int count, List<byte[]> proof)
    {
        if (count == 1)
        {
            return;
        }

        var k = Split(count);
        if (index < k)
        {
            Path(leaves, index, start, k, proof);
            proof.Add(Subtree(leaves, start + k, count - k));
        }
        else
        {
            Path(leaves, index - k, start + k, count - k, proof);
            proof.Add(Subtree(leaves, start, k));
        }
    }

    private static void SubProof(IReadOnlyList<byte[]> leaves, int m, int start, int count, bool whole, List<byte[]> proof)
    {
        if (m == count)
        {
            if (!whole)
            {
                proof.Add(Subtree(leaves, start, count));
            }

            return;
        }

        var k = Split(count);
        if (m <= k)
        {
            SubProof(leaves, m, start, k, whole, proof);
            proof.Add(Subtree(leaves, start + k, count - k));
        }
        else
        {
            SubProof(leaves, m - k, start + k, count - k, false, proof);
            proof.Add(Subtree(leaves, start, k));
        }
    }
}

/// <summary>
/// Inclusion proofs for many leaves of one tree: subtree hashes are computed once and reused, so proofs
/// for k leaves of an n-leaf tree cost O(n + k log n) hashes instead of O(k n). Not thread-safe.
/// </summary>
public sealed class MerkleProver(IReadOnlyList<byte[]> leafHashes, long size)
{
    private readonly Dictionary<(int Start, int Count), byte[]> _subtrees = [];

    public long Size { get; } = size;

    public byte[] Root() => Size == 0 ? MerkleTree.EmptyRoot : Subtree(0, (int)Size);

    public IReadOnlyList<byte[]> InclusionProof(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        var proof = new List<byte[]>();
        int i = (int)index, start = 0, count = (int)Size;
        var path = new Stack<byte[]>();
        while (count > 1)
        {
            var k = MerkleTree.Split(count);
            if (i < k)
            {
                path.Push(Subtree(start + k, count - k));
                count = k;
            }
            else
            {
                path.Push(Subtree(start, k));
                i -= k;
                start += k;
                count -= k;
            }
        }

        // The RFC's path lists the sibling nearest the leaf first.
        while (path.Count > 0)
        {
            proof.Add(path.Pop());
        }

        return proof;
    }

    private byte[] Subtree(int start, int count)
    {
        if (count == 1)
        {
            return leafHashes[start];
        }

        if (_subtrees.TryGetValue((start, count), out var cached))
        {
            return cached;
        }

        var k = MerkleTree.Split(count);
        var hash = MerkleTree.NodeHash(Subtree(start, k), Subtree(start + k, count - k));
        _subtrees[(start, count)] = hash;
        return hash;
    }
}
