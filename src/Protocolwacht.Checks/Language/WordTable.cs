using System.Numerics;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// The dictionary's words as the bytes of Data/words.txt (lower-case a-z, one word a line, after a header ending in
/// an empty line) and an open-addressing table of (offset, length) by a hash that reads a char and its byte alike,
/// so a token's key is compared with the file's bytes as they are. At most a third full, so a miss ends after a
/// probe or two. Immutable after <see cref="Load"/>; thread-safe.
/// </summary>
internal sealed class WordTable
{
    // A slot holds offset + 1 in its low bits and the word's length in the high ones; 0 is an empty slot.
    private const int OffsetBits = 22;
    private const uint OffsetMask = (1u << OffsetBits) - 1;
    private const int MaxLength = (1 << (32 - OffsetBits)) - 1;

    private readonly byte[] _text;
    private readonly uint[] _slots;
    private readonly int _shift;

    private WordTable(byte[] text, uint[] slots)
    {
        _text = text;
        _slots = slots;
        _shift = 32 - BitOperations.Log2((uint)slots.Length);
    }

    /// <summary>How many words the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The table over an embedded words file of Language/Data ("words.txt", "names.txt").</summary>
    public static WordTable Load(string dataFile)
    {
        using var stream = typeof(WordTable).Assembly.GetManifestResourceStream($"Protocolwacht.Checks.Language.Data.{dataFile}")
            ?? throw new InvalidOperationException($"Data file Language/Data/{dataFile} is not embedded.");
        var text = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(text);
        return FromText(text);
    }

    /// <summary>The table over the text of a words file (for the loader and the tests).</summary>
    public static WordTable FromText(byte[] text)
    {
        if (text.Length >= OffsetMask)
        {
            throw new InvalidOperationException($"Language/Data/words.txt is larger than {OffsetMask} bytes: widen WordTable's offsets.");
        }

        var body = text.AsSpan().IndexOf("\n\n"u8);
        var from = body < 0 ? 0 : body + 2;
        var lines = text.AsSpan(from).Count((byte)'\n') + 1;
        var table = new WordTable(text, new uint[BitOperations.RoundUpToPowerOf2((uint)lines * 3)]);
        table.AddLines(from);
        return table;
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxLength)
        {
            return false;
        }

        // Every stored word is a-z: anything else cannot match, and the hash below reads one byte a char.
        var hash = 2166136261u;
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }

            hash = (hash ^ c) * 16777619u;
        }

        var mask = _slots.Length - 1;
        for (var at = Start(hash); _slots[at] != 0; at = (at + 1) & mask)
        {
            var slot = _slots[at];
            if ((int)(slot >> OffsetBits) == word.Length && SameLetters(_text.AsSpan((int)(slot & OffsetMask) - 1, word.Length), word))
            {
                return true;
            }
        }

        return false;
    }

    private void AddLines(int from)
    {
        var mask = _slots.Length - 1;
        while (from < _text.Length)
        {
            var length = _text.AsSpan(from).IndexOf((byte)'\n');
            length = length < 0 ? _text.Length - from : length;
            if (length > 0 && length <= MaxLength)
            {
                var at = Start(Hash(_text.AsSpan(from, length)));
                while (_slots[at] != 0)
                {
                    at = (at + 1) & mask;
                }

                _slots[at] = ((uint)length << OffsetBits) | (uint)(from + 1);
                Count++;
            }

            from += length + 1;
        }
    }

    // FNV-1a over the letters, spread to the table by its top bits (Fibonacci hashing).
    private int Start(uint hash) => (int)((hash * 2654435769u) >> _shift);

    private static uint Hash(ReadOnlySpan<byte> word)
    {
        var hash = 2166136261u;
        foreach (var b in word)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private static bool SameLetters(ReadOnlySpan<byte> stored, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (stored[i] != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
