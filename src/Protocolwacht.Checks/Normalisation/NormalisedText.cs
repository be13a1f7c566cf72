using System.Buffers;

namespace Protocolwacht.Checks.Normalisation;

/// <summary>
/// The folded form of a draft (see <see cref="CharFolder"/>) with, for every folded character, the
/// span of the original character it came from, so findings point into the original text.
/// </summary>
internal sealed class NormalisedText
{
    // Null while folded character i came from original character i alone (most drafts: letters fold one
    // for one): the offsets are then i and i + 1 and two arrays of the text's length are not allocated.
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private NormalisedText(string original, string folded, int[]? starts, int[]? ends)
    {
        Original = original;
        Folded = folded;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    /// <summary>Lower case, no diacritics, look-alikes folded, format characters removed.</summary>
    public string Folded { get; }

    /// <summary>Original UTF-16 start offset of folded character <paramref name="folded"/>.</summary>
    public int StartOf(int folded) => _starts is null ? folded : _starts[folded];

    /// <summary>Original UTF-16 end offset (exclusive) of folded character <paramref name="folded"/>.</summary>
    public int EndOf(int folded) => _ends is null ? folded + 1 : _ends[folded];

    /// <summary>Maps a folded span [start, end) to the original span [start, end).</summary>
    public (int Start, int End) ToOriginal(int foldedStart, int foldedEnd)
    {
        if (Folded.Length == 0)
        {
            return (0, 0);
        }

        foldedStart = Math.Clamp(foldedStart, 0, Folded.Length - 1);
        foldedEnd = Math.Clamp(foldedEnd, foldedStart + 1, Folded.Length);
        return (StartOf(foldedStart), EndOf(foldedEnd - 1));
    }

    public static NormalisedText Create(string original)
    {
        // The folded characters are gathered in a rented buffer: only the folded string itself is kept.
        var folded = ArrayPool<char>.Shared.Rent(original.Length + 8);
        int[]? starts = null;
        int[]? ends = null;
        var length = 0;
        var i = 0;
        try
        {
            while (i < original.Length)
            {
                int codePoint;
                var width = 1;
                var c = original[i];

                // Fast path: printable ASCII other than capitals folds to itself.
                if (c is >= ' ' and < '\u007f' and not (>= 'A' and <= 'Z'))
                {
                    EnsureRoom(ref folded, ref starts, ref ends, length, 1);
                    folded[length] = c;
                    if (starts is not null)
                    {
                        starts[length] = i;
                        ends![length] = i + 1;
                    }

                    length++;
                    i++;
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, original[i + 1]);
                    width = 2;
                }
                else
                {
                    codePoint = c;
                }

                var mapped = CharFolder.Fold(codePoint);
                if (starts is null && (width != 1 || mapped.Length != 1))
                {
                    // The first character that does not fold one for one: from here on the offsets are stored.
                    (starts, ends) = IdentityOffsets(length, Math.Max(folded.Length, length + mapped.Length + 8));
                }

                EnsureRoom(ref folded, ref starts, ref ends, length, mapped.Length);
                foreach (var m in mapped)
                {
                    folded[length] = m;
                    if (starts is not null)
                    {
                        starts[length] = i;
                        ends![length] = i + width;
                    }

                    length++;
                }

                i += width;
            }

            return new NormalisedText(original, new string(folded, 0, length), starts, ends);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    private static (int[] Starts, int[] Ends) IdentityOffsets(int length, int size)
    {
        var starts = new int[size];
        var ends = new int[size];
        for (var k = 0; k < length; k++)
        {
            starts[k] = k;
            ends[k] = k + 1;
        }

        return (starts, ends);
    }

    private static void EnsureRoom(ref char[] folded, ref int[]? starts, ref int[]? ends, int length, int more)
    {
        if (length + more <= folded.Length)
        {
            return;
        }

        var size = Math.Max(folded.Length * 2, length + more + 8);
        var grown = ArrayPool<char>.Shared.Rent(size);
        folded.AsSpan(0, length).CopyTo(grown);
        ArrayPool<char>.Shared.Return(folded);
        folded = grown;
        if (starts is not null)
        {
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
        }
    }
}
