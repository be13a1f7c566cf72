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

    public static int Of(string prefix, ReadOnlySpan<char> name) => Slot(Add(Start(prefix), name));

    /// <summary>The slot of <c>first + " " + second</c>, without building that string (a pair per word of every post).</summary>
    public static int Of(string prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Slot(Add((Add(Start(prefix), first) ^ ' ') * 16777619u, second));

    private static uint Start(string prefix) => (Add(2166136261u, prefix) ^ ':') * 16777619u;

    private static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static int Slot(uint hash) => (int)(hash & (Size - 1));
}
