namespace Protocolwacht.Checks.Language;

/// <summary>
/// Words stored back to front, so one walk from the end of a token finds every stored word it ends
/// with, longest first. Built once, read-only afterwards.
/// </summary>
internal sealed class SuffixTrie
{
    private readonly Node _root = new();

    public void Add(string word, ClassMask mask)
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

    /// <summary>
    /// Calls <paramref name="accept"/> with (length, classes) of each stored word <paramref name="key"/> ends
    /// with, longest first, never the whole key; stops at the first one it accepts and returns its classes.
    /// </summary>
    public ClassMask Longest(string key, Func<string, int, bool> accept)
    {
        Span<int> lengths = stackalloc int[32];
        Span<ClassMask> masks = stackalloc ClassMask[32];
        var count = 0;
        var node = _root;
        for (var i = key.Length - 1; i > 0 && count < 32 && node.Children is not null && node.Children.TryGetValue(key[i], out var next); i--)
        {
            node = next;
            if (node.Mask != 0)
            {
                lengths[count] = key.Length - i;
                masks[count++] = node.Mask;
            }
        }

        for (var k = count - 1; k >= 0; k--)
        {
            if (accept(key, lengths[k]))
            {
                return masks[k];
            }
        }

        return 0;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public ClassMask Mask { get; set; }
    }
}
