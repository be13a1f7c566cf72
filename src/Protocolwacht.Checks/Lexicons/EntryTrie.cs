namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// A character trie from word keys to lexicon entries, so one walk along a word finds every entry whose
/// first term is that exact word or one of its prefixes (compounds: "kut" in "kutweer"). Built once,
/// read-only afterwards, safe to share between threads.
/// </summary>
internal sealed class EntryTrie
{
    private readonly Node _root = new();

    public void AddExact(string key, LexiconEntry entry) => Walk(key).Exact.Add(entry);

    public void AddPrefix(string key, LexiconEntry entry) => Walk(key).Prefix.Add(entry);

    /// <summary>Adds the entries for <paramref name="key"/> (read forwards or backwards) to <paramref name="into"/>, without duplicates.</summary>
    public void Collect(string key, bool backwards, List<LexiconEntry> into)
    {
        var node = _root;
        for (var i = 0; i < key.Length; i++)
        {
            var c = backwards ? key[key.Length - 1 - i] : key[i];
            var next = node.Child(c);
            if (next is null)
            {
                return;
            }

            node = next;
            AddAll(node.Prefix, into);
        }

        AddAll(node.Exact, into);
    }

    private static void AddAll(List<LexiconEntry> entries, List<LexiconEntry> into)
    {
        foreach (var e in entries)
        {
            if (!ContainsReference(into, e))
            {
                into.Add(e);
            }
        }
    }

    /// <summary>Identity check: entries are records, and value equality would compare their text on every lookup.</summary>
    public static bool ContainsReference(List<LexiconEntry> list, LexiconEntry entry)
    {
        foreach (var e in list)
        {
            if (ReferenceEquals(e, entry))
            {
                return true;
            }
        }

        return false;
    }

    private Node Walk(string key)
    {
        var node = _root;
        foreach (var c in key)
        {
            node = node.Child(c) ?? node.AddChild(c);
        }

        return node;
    }

    // Children for a-z and 0-9 sit in an array (the folded keys are almost always ASCII); others in a dictionary.
    private sealed class Node
    {
        private Node?[]? _ascii;
        private Dictionary<char, Node>? _other;

        public List<LexiconEntry> Exact { get; } = [];
        public List<LexiconEntry> Prefix { get; } = [];

        public Node? Child(char c)
        {
            var slot = Slot(c);
            if (slot >= 0)
            {
                return _ascii?[slot];
            }

            return _other is not null && _other.TryGetValue(c, out var n) ? n : null;
        }

        public Node AddChild(char c)
        {
            var node = new Node();
            var slot = Slot(c);
            if (slot >= 0)
            {
                _ascii ??= new Node?[36];
                _ascii[slot] = node;
            }
            else
            {
                _other ??= [];
                _other[c] = node;
            }

            return node;
        }

        private static int Slot(char c) => c switch
        {
            >= 'a' and <= 'z' => c - 'a',
            >= '0' and <= '9' => 26 + (c - '0'),
            _ => -1,
        };
    }
}
