namespace Protocolwacht.Checks.Language;

/// <summary>
/// Words stored back to front, so one walk from the end of a token finds every stored word it ends
/// with, longest first. Built once, read-only afterwards.
/// </summary>
internal sealed class SuffixTrie
{
    private readonly Node _root = new();

    public void Add(string word, ulong mask)
    {
        var node = _root;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(word[i], out var next))
            {
                next = new Node();
                node.Children[word[i]] = next;
            }

            node = next;
        }

        node.Mask |= mask;
    }

    /// <summary>(length, classes) of the stored words <paramref name="key"/> ends with, longest first, never the whole key.</summary>
    public List<(int Length, ulong Mask)> Suffixes(string key)
    {
        var found = new List<(int, ulong)>(2);
        var node = _root;
        for (var i = key.Length - 1; i > 0 && node.Children is not null && node.Children.TryGetValue(key[i], out var next); i--)
        {
            node = next;
            if (node.Mask != 0)
            {
                found.Add((key.Length - i, node.Mask));
            }
        }

        found.Reverse();
        return found;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public ulong Mask { get; set; }
    }
}
