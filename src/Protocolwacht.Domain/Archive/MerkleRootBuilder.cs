using System.Security.Cryptography;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Computes the RFC 9162 root of a growing list of leaves in one pass with O(log n) memory: it keeps the
/// roots of the complete subtrees on the right edge (a compact range) and folds them from right to left
/// when asked for the root. Used to verify a million records without holding them. Not thread-safe.
/// </summary>
/// <remarks>
/// The complete subtrees on the right edge are exactly the set bits of <see cref="Size"/>, largest first,
/// so they live in one fixed buffer of 64 hashes and adding a leaf allocates nothing: a leaf merges with
/// the subtree to its left once for every trailing one bit of the old size.
/// </remarks>
public sealed class MerkleRootBuilder
{
    private const int HashSize = MerkleTree.HashSize;

    // Edge hash i sits at [i * 32, i * 32 + 32); one more slot than a long has bits holds the incoming leaf.
    private readonly byte[] _edge = new byte[65 * HashSize];
    private int _count;

    public long Size { get; private set; }

    public void AddLeafHash(byte[] leafHash)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        AddLeafHash(leafHash.AsSpan());
    }

    public void AddLeafHash(ReadOnlySpan<byte> leafHash)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(leafHash.Length, HashSize);
        leafHash.CopyTo(_edge.AsSpan(_count * HashSize, HashSize));
        _count++;
        Span<byte> node = stackalloc byte[1 + (2 * HashSize)];
        node[0] = 0x01;
        for (var size = Size; (size & 1) == 1; size >>= 1)
        {
            // The two rightmost subtrees have the same size: replace them by their parent.
            _edge.AsSpan((_count - 2) * HashSize, 2 * HashSize).CopyTo(node[1..]);
            SHA256.HashData(node, _edge.AsSpan((_count - 2) * HashSize, HashSize));
            _count--;
        }

        Size++;
    }

    /// <summary>MTH of the leaves added so far. RFC 9162's split puts the larger power of two on the left, so folding from the right gives the same tree.</summary>
    public byte[] Root()
    {
        if (_count == 0)
        {
            return MerkleTree.EmptyRoot;
        }

        var root = new byte[HashSize];
        WriteRoot(root);
        return root;
    }

    /// <summary>Writes the root (of a non-empty tree, else the empty root) into <paramref name="destination"/> without allocating.</summary>
    public void WriteRoot(Span<byte> destination)
    {
        if (_count == 0)
        {
            MerkleTree.EmptyRoot.CopyTo(destination);
            return;
        }

        Span<byte> node = stackalloc byte[1 + (2 * HashSize)];
        node[0] = 0x01;
        Span<byte> hash = stackalloc byte[HashSize];
        _edge.AsSpan((_count - 1) * HashSize, HashSize).CopyTo(hash);
        for (var i = _count - 2; i >= 0; i--)
        {
            _edge.AsSpan(i * HashSize, HashSize).CopyTo(node[1..]);
            hash.CopyTo(node[(1 + HashSize)..]);
            SHA256.HashData(node, hash);
        }

        hash.CopyTo(destination);
    }
}
