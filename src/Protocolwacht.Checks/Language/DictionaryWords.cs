namespace Protocolwacht.Checks.Language;

/// <summary>
/// Every word of OpenTaal's Hunspell dictionary (Data/words.txt, sorted), for compound analysis: a swear
/// word counts as the first part of a compound only when the rest is a Dutch word ("kutweer", not
/// "Kutaisi"). Kept as one string with line offsets and searched by halving, so loading costs a copy
/// and one scan, not 170,000 objects; loaded on the first question.
/// </summary>
internal static class DictionaryWords
{
    private static readonly Lazy<(string Text, int[] Starts)> Table = new(Load);

    private static readonly string[] Endings = ["en", "s", "n", "e", "je", "jes", "tje", "tjes", "etje", "er", "ers", "ste", "st", "t", "te", "ten", "de", "den"];

    public static bool Contains(ReadOnlySpan<char> word)
    {
        var (text, starts) = Table.Value;
        int lo = 0, hi = starts.Length - 2;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var entry = text.AsSpan(starts[mid], starts[mid + 1] - starts[mid] - 1);
            var c = entry.SequenceCompareTo(word);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>A dictionary word or a regular inflection of one (plural, diminutive, adjective, verb ending).</summary>
    public static bool IsWordOrInflection(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        if (Contains(word))
        {
            return true;
        }

        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                if (Contains(stem) || (stem.Length > 2 && stem[^1] == stem[^2] && Contains(stem[..^1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The generator writes the words folded the way the check folds text (lower case, no diacritics,
    // letters only) and sorted by ordinal, so the file is searchable as it is.
    private static (string, int[]) Load()
    {
        var text = Lexicons.DataFiles.ReadEmbeddedText("Language.Data.words.txt");
        var body = text.IndexOf("\n\n", StringComparison.Ordinal);
        text = body < 0 ? text : text[(body + 2)..];
        var starts = new List<int>(180_000) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        if (starts[^1] != text.Length)
        {
            text += "\n";
            starts.Add(text.Length);
        }

        return (text, [.. starts]);
    }
}
