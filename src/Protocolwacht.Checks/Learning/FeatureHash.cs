namespace Protocolwacht.Checks.Learning;

/// <summary>
/// Maps a feature name to one of <see cref="Size"/> slots with FNV-1a over its UTF-16 characters. Not
/// <see cref="string.GetHashCode()"/>: that one is randomised per process, and the trained weights must
/// find the same slot in every process on every machine.
/// </summary>
internal static class FeatureHash
{
    /// <summary>2^18 slots: collisions stay rare for the few tens of thousands of features the corpus holds.</summary>
    public const int Bits = 18;

    public const int Size = 1 << Bits;

    public static int Of(string prefix, ReadOnlySpan<char> name)
    {
        var hash = 2166136261u;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ ':') * 16777619u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (Size - 1));
    }
}
