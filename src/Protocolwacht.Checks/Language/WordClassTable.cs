using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// The expanded word classes stored ready to use (Data/classes.bin, written by tools/Protocolwacht.WordClassTable):
/// the class names, every form in the order the expansion first added it, each form's class numbers and the
/// <see cref="FormTable"/>'s slots as they were. Loading it copies arrays and makes the forms strings: no class file is
/// parsed, no word inflected, no form hashed or inserted at start-up. The file records a hash of the data it was
/// expanded from (the class files and the forms and polarity tables, as the build hashed them); when that no
/// longer matches, <see cref="WordClasses"/> expands the class files as before, so an edited class file costs start-up
/// time, never a different verdict. <c>WordClassTableTests</c> compare the stored table with a fresh expansion, which
/// also catches what the hash does not cover (the expansion's code, the dictionary): they fail until it is regenerated.
/// Classes are stored as numbers, not masks, so the file does not depend on <see cref="ClassMask"/>'s width.
/// </summary>
internal static class WordClassTable
{
    public const string ResourceSuffix = "Language.Data.classes.bin";

    // "PWWC", then the format's version: bump it when the layout or the expansion's code changes. Version 2 stores a
    // class number in two bytes (version 1 had one, which held classes 0–255 only).
    private const uint Magic = 0x43575750;
    private const uint Version = 2;

    /// <summary>The hash of the embedded data the word classes are expanded from.</summary>
    /// <remarks>
    /// Made from the files' SHA-256 hashes the build wrote into <see cref="WordClassSources.Hashes"/> (the
    /// WriteWordClassSources target of the project file), not from the files: opening and hashing the (about 240) embedded files
    /// was about 8 ms of every start (docs/benchmarks.md, twenty-eighth and twenty-ninth passes).
    /// </remarks>
    public static ulong SourceHash() => SourceHash(WordClassSources.Hashes);

    /// <summary>
    /// The XxHash64 of "resource=SHA-256" entries (separated by spaces) in ordinal order: the build lists the files in the
    /// order the file system gives them, which differs between machines.
    /// </summary>
    public static ulong SourceHash(string hashes)
    {
        var entries = hashes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(entries, StringComparer.Ordinal);
        var hash = new XxHash64();
        foreach (var entry in entries)
        {
            hash.Append(MemoryMarshal.AsBytes(entry.ToUpperInvariant().AsSpan()));
            hash.Append("\n"u8);
        }

        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The stored table, when the embedded file exists and was made from the embedded data as it is now.</summary>
    public static bool TryLoad(ulong sourceHash, out string[] names, out FormTable forms)
    {
        var bytes = BitConverter.IsLittleEndian ? Embedded("Protocolwacht.Checks." + ResourceSuffix) : null;
        return TryRead(bytes, sourceHash, out names, out forms);
    }

    /// <summary>The file's bytes for the names and forms of an expansion made from data with the given hash.</summary>
    public static byte[] Write(IReadOnlyList<string> names, FormTable forms, ulong sourceHash)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(sourceHash);
        writer.Write(names.Count);
        foreach (var name in names)
        {
            writer.Write(name);
        }

        var ids = new List<ushort>();
        var idEnds = new int[forms.Count];
        var charEnds = new int[forms.Count];
        var chars = 0;
        for (var i = 0; i < forms.Count; i++)
        {
            for (var id = 0; id < names.Count; id++)
            {
                if ((forms.MaskAt(i) & (ClassMask.One << id)) != 0)
                {
                    ids.Add(checked((ushort)id));
                }
            }

            idEnds[i] = ids.Count;
            chars += forms.FormAt(i).Length;
            charEnds[i] = chars;
        }

        writer.Write(forms.Count);
        writer.Write(forms.Slots.Length);
        writer.Write(ids.Count);
        writer.Write(chars);
        writer.Write(MemoryMarshal.AsBytes(charEnds.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(idEnds.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(forms.Slots));
        for (var i = 0; i < forms.Count; i++)
        {
            writer.Write(MemoryMarshal.AsBytes(forms.FormAt(i).AsSpan()));
        }

        writer.Write(MemoryMarshal.AsBytes(ids.ToArray().AsSpan()));
        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Reads a file <see cref="Write"/> made; false when it is missing, of another version or from other data.</summary>
    public static bool TryRead(ReadOnlySpan<byte> file, ulong sourceHash, out string[] names, out FormTable forms)
    {
        names = [];
        forms = null!;
        var reader = new SpanReader(file);
        if (file.Length < 16 || reader.UInt32() != Magic || reader.UInt32() != Version || reader.UInt64() != sourceHash)
        {
            return false;
        }

        names = new string[reader.Int32()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.String();
        }

        var count = reader.Int32();
        var slotCount = reader.Int32();
        var idCount = reader.Int32();
        var charCount = reader.Int32();
        var charEnds = MemoryMarshal.Cast<byte, int>(reader.Bytes(count * sizeof(int)));
        var idEnds = MemoryMarshal.Cast<byte, int>(reader.Bytes(count * sizeof(int)));
        var slots = MemoryMarshal.Cast<byte, int>(reader.Bytes(slotCount * sizeof(int))).ToArray();
        var chars = MemoryMarshal.Cast<byte, char>(reader.Bytes(charCount * sizeof(char)));
        var ids = MemoryMarshal.Cast<byte, ushort>(reader.Bytes(idCount * sizeof(ushort)));
        var strings = new string[count];
        var masks = new ClassMask[count];
        for (int i = 0, charStart = 0, idStart = 0; i < count; charStart = charEnds[i], idStart = idEnds[i], i++)
        {
            strings[i] = new string(chars[charStart..charEnds[i]]);
            foreach (var id in ids[idStart..idEnds[i]])
            {
                masks[i] |= ClassMask.One << id;
            }
        }

        forms = new FormTable(strings, masks, slots);
        return true;
    }

    private static byte[]? Embedded(string name)
    {
        using var stream = typeof(WordClassTable).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return bytes;
    }

    // Little-endian fields in the order Write puts them (BinaryWriter's layout, its strings length-prefixed UTF-8).
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8));

        public string String()
        {
            // BinaryWriter prefixes a string with its UTF-8 length, seven bits a byte; class names are short.
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = Bytes(1)[0];
                length |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            return System.Text.Encoding.UTF8.GetString(Bytes(length));
        }

        public ReadOnlySpan<byte> Bytes(int count)
        {
            var taken = _rest[..count];
            _rest = _rest[count..];
            return taken;
        }
    }
}
