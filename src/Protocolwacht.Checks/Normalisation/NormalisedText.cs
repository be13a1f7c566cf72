namespace Protocolwacht.Checks.Normalisation;

/// <summary>
/// The folded form of a draft (see <see cref="CharFolder"/>) with, for every folded character, the
/// span of the original character it came from, so findings point into the original text.
/// </summary>
internal sealed class NormalisedText
{
    private NormalisedText(string original, string folded, int[] starts, int[] ends)
    {
        Original = original;
        Folded = folded;
        Starts = starts;
        Ends = ends;
    }

    public string Original { get; }

    /// <summary>Lower case, no diacritics, look-alikes folded, format characters removed.</summary>
    public string Folded { get; }

    /// <summary>Original UTF-16 start offset of each folded character (entries past <c>Folded.Length</c> are unused).</summary>
    public int[] Starts { get; }

    /// <summary>Original UTF-16 end offset (exclusive) of each folded character (entries past <c>Folded.Length</c> are unused).</summary>
    public int[] Ends { get; }

    /// <summary>Maps a folded span [start, end) to the original span [start, end).</summary>
    public (int Start, int End) ToOriginal(int foldedStart, int foldedEnd)
    {
        if (Folded.Length == 0)
        {
            return (0, 0);
        }

        foldedStart = Math.Clamp(foldedStart, 0, Folded.Length - 1);
        foldedEnd = Math.Clamp(foldedEnd, foldedStart + 1, Folded.Length);
        return (Starts[foldedStart], Ends[foldedEnd - 1]);
    }

    public static NormalisedText Create(string original)
    {
        var folded = new char[original.Length + 8];
        var starts = new int[folded.Length];
        var ends = new int[folded.Length];
        var length = 0;
        var i = 0;
        while (i < original.Length)
        {
            int codePoint;
            var width = 1;
            var c = original[i];

            // Fast path: printable ASCII other than capitals folds to itself.
            if (c is >= ' ' and < '\u007f' and not (>= 'A' and <= 'Z'))
            {
                if (length == folded.Length)
                {
                    var grown = folded.Length * 2;
                    Array.Resize(ref folded, grown);
                    Array.Resize(ref starts, grown);
                    Array.Resize(ref ends, grown);
                }

                folded[length] = c;
                starts[length] = i;
                ends[length] = i + 1;
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
            if (length + mapped.Length > folded.Length)
            {
                var size = Math.Max(folded.Length * 2, length + mapped.Length + 8);
                Array.Resize(ref folded, size);
                Array.Resize(ref starts, size);
                Array.Resize(ref ends, size);
            }

            foreach (var m in mapped)
            {
                folded[length] = m;
                starts[length] = i;
                ends[length] = i + width;
                length++;
            }

            i += width;
        }

        // The offset arrays may be longer than the folded text; only the first Folded.Length entries count.
        return new NormalisedText(original, new string(folded, 0, length), starts, ends);
    }
}
