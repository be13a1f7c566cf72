using System.Buffers.Binary;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// The dictionary's words as the bytes of Data/words.txt (lower-case a-z, one word a line, after a header ending in
/// an empty line) and an open-addressing table of (offset, length) by a hash that reads a char and its byte alike,
/// so a token's key is compared with the file's bytes as they are. At most a third full, so a miss ends after a
/// probe or two. Immutable after <see cref="Load"/>; thread-safe.
/// The slots are built ahead (Data/words.slots beside Data/words.txt, written by tools/Protocolwacht.WordClassTable with
/// an XxHash64 of the text they index): hashing 171,000 words into 512 K slots was 13–19 ms of every start. A slots file
/// made from another text is ignored and the slots are built as before, so a stale file costs time, never an answer;
/// <c>WordTableTests</c> fail until it is regenerated.
/// </summary>
internal sealed class WordTable
{
    // A slot holds offset + 1 in its low bits and the word's length in the high ones; 0 is an empty slot.
    private const int OffsetBits = 22;
    private const uint OffsetMask = (1u << OffsetBits) - 1;
    private const int MaxLength = (1 << (32 - OffsetBits)) - 1;

    // "PWWT", then the slots file's version: bump it when the layout or the hashing of words into slots changes.
    private const uint Magic = 0x54575750;
    private const uint Version = 1;
    private const int HeaderBytes = 24;

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

    /// <summary>
    /// The table over an embedded words file of Language/Data ("words.txt", "names.txt"), with the slots stored beside it
    /// ("words.slots") when they were made from this text, else built from it.
    /// </summary>
    public static WordTable Load(string dataFile)
    {
        var text = Embedded(dataFile) ?? throw new InvalidOperationException($"Data file Language/Data/{dataFile} is not embedded.");
        using var slots = BitConverter.IsLittleEndian ? Resource(SlotsFile(dataFile)) : null;
        return (slots is null ? null : FromStoredSlots(text, slots)) ?? FromText(text);
    }

    /// <summary>The name of the slots file stored beside a words file ("words.txt" → "words.slots").</summary>
    public static string SlotsFile(string dataFile) => Path.ChangeExtension(dataFile, ".slots");

    /// <summary>The bytes of a slots file for this table, recording the hash of the text it indexes.</summary>
    public byte[] WriteSlots()
    {
        var bytes = new byte[HeaderBytes + (_slots.Length * sizeof(uint))];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), Version);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8), XxHash64.HashToUInt64(_text));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), Count);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(20), _slots.Length);
        MemoryMarshal.AsBytes(_slots.AsSpan()).CopyTo(bytes.AsSpan(HeaderBytes));
        return bytes;
    }

    /// <summary>
    /// The table over a text with slots <see cref="WriteSlots"/> stored (read straight into the table's array); null when
    /// they are of another version or made from another text.
    /// </summary>
    public static WordTable? FromStoredSlots(byte[] text, Stream slots)
    {
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (slots.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes
            || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic
            || BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != Version
            || BinaryPrimitives.ReadUInt64LittleEndian(header[8..]) != XxHash64.HashToUInt64(text))
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
        // The size is checked before the table is allocated: a header that claims more slots than the text could need, or than
        // the stream holds, costs nothing (until perf26 it cost the claimed array first, up to 4 GB).
        if (length <= 0 || !BitOperations.IsPow2(length) || length > MaxSlots(text)
            || (slots.CanSeek && slots.Length - slots.Position != (long)length * sizeof(uint)))
        {
            return null;
        }

        // A plain array, not GC.AllocateUninitializedArray<uint>: that generic method over uint is compiled at run time (two
        // methods at every start), which costs more than clearing 2 MB before the read overwrites them.
        var table = new uint[length];
        var bytes = MemoryMarshal.AsBytes(table.AsSpan());
        if (slots.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) < bytes.Length || slots.ReadByte() >= 0)
        {
            return null;
        }

        return new WordTable(text, table) { Count = count };
    }

    // The most slots a table over this text has: FromText gives three per line, rounded up to a power of two, and a text
    // has at most one line more than it has bytes.
    private static long MaxSlots(byte[] text) => (long)BitOperations.RoundUpToPowerOf2((ulong)(text.Length + 1) * 3);

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

    private static Stream? Resource(string dataFile) =>
        typeof(WordTable).Assembly.GetManifestResourceStream($"Protocolwacht.Checks.Language.Data.{dataFile}");

    private static byte[]? Embedded(string dataFile)
    {
        using var stream = Resource(dataFile);
        if (stream is null)
        {
            return null;
        }

        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return bytes;
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
