namespace Protocolwacht.Checks.Language;

/// <summary>
/// Words stored back to front, so one walk from the end of a token finds every stored word it ends
/// with, longest first. Built once, read-only afterwards. The nodes live in parallel arrays, each node's children
/// a linked list of siblings (first child, next sibling), not a <c>Dictionary&lt;char, Node&gt;</c> per node: some
/// 20,000 nodes of dictionaries were most of the token classifier's 7 MB and a good part of its time at start-up,
/// and a node has few children (the root at most a few dozen), so a short scan finds one as fast.
/// </summary>
internal sealed class SuffixTrie
{
    private const int None = -1;

    private char[] _letters = new char[1024];
    private int[] _firstChild = new int[1024];
    private int[] _nextSibling = new int[1024];
    private ClassMask[] _masks = new ClassMask[1024];
    private int _count = 1;

    public SuffixTrie()
    {
        _firstChild[0] = None;
        _nextSibling[0] = None;
    }

    public void Add(string word, ClassMask mask)
    {
        var node = 0;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            var next = Child(node, word[i]);
            node = next != None ? next : NewChild(node, word[i]);
        }

        _masks[node] |= mask;
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
        var node = 0;
        for (var i = key.Length - 1; i > 0 && count < 32 && (node = Child(node, key[i])) != None; i--)
        {
            if (_masks[node] != 0)
            {
                lengths[count] = key.Length - i;
                masks[count++] = _masks[node];
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

    private int Child(int node, char letter)
    {
        for (var child = _firstChild[node]; child != None; child = _nextSibling[child])
        {
            if (_letters[child] == letter)
            {
                return child;
            }
        }

        return None;
    }

    // A new last-added child in front of the node's list (the order of siblings does not change what is found).
    private int NewChild(int node, char letter)
    {
        if (_count == _letters.Length)
        {
            Array.Resize(ref _letters, _count * 2);
            Array.Resize(ref _firstChild, _count * 2);
            Array.Resize(ref _nextSibling, _count * 2);
            Array.Resize(ref _masks, _count * 2);
        }

        var child = _count++;
        _letters[child] = letter;
        _firstChild[child] = None;
        _nextSibling[child] = _firstChild[node];
        _masks[child] = default;
        _firstChild[node] = child;
        return child;
    }
}
