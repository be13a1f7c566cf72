namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Computes the RFC 9162 root of a growing list of leaves in one pass with O(log n) memory: it keeps the
/// roots of the complete subtrees on the right edge (a compact range) and folds them from right to left
/// when asked for the root. Used to verify a million records without holding them. Not thread-safe.
/// </summary>
public sealed class MerkleRootBuilder
{
    // Roots of complete subtrees, largest (leftmost) first; sizes are distinct powers of two.
    private readonly List<(long Size, byte[] Hash)> _edge = [];

    public long Size { get; private set; }

    public void AddLeafHash(byte[] leafHash)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        var node = (Size: 1L, Hash: leafHash);
        while (_edge.Count > 0 && _edge[^1].Size == node.Size)
        {
            var left = _edge[^1];
            _edge.RemoveAt(_edge.Count - 1);
            node = (left.Size * 2, MerkleTree.NodeHash(left.Hash, node.Hash));
        }

        _edge.Add(node);
        Size++;
    }

    /// <summary>MTH of the leaves added so far. RFC 9162's split puts the larger power of two on the left, so folding from the right gives the same tree.</summary>
    public byte[] Root()
    {
        if (_edge.Count == 0)
        {
            return MerkleTree.EmptyRoot;
        }

        var hash = _edge[^1].Hash;
        for (var i = _edge.Count - 2; i >= 0; i--)
        {
            hash = MerkleTree.NodeHash(_edge[i].Hash, hash);
        }

        return hash;
    }
}
