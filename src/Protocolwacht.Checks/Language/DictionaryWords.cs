namespace Protocolwacht.Checks.Language;

/// <summary>
/// Every word of OpenTaal's Hunspell dictionary (Data/words.txt), for compound analysis: a swear
/// word counts as the first part of a compound only when the rest is a Dutch word ("kutweer", not
/// "Kutaisi"). Kept as one string with line offsets and an open-addressing table of line numbers by hash, so
/// loading costs a copy and two scans, not 170,000 objects, and a question one or two comparisons instead of
/// seventeen (a binary search was a tenth of the whole check's time); loaded on the first question.
/// </summary>
internal static class DictionaryWords
{
    private static readonly Lazy<(string Text, int[] Starts, int[] Slots)> Table = new(Load);

    private static readonly string[] Endings = ["en", "s", "n", "e", "je", "jes", "tje", "tjes", "etje", "er", "ers", "ste", "st", "t", "te", "ten", "de", "den"];

    public static bool Contains(ReadOnlySpan<char> word)
    {
        var (text, starts, slots) = Table.Value;
        var mask = slots.Length - 1;
        for (var at = string.GetHashCode(word) & mask; slots[at] != 0; at = (at + 1) & mask)
        {
            var line = slots[at] - 1;
            if (text.AsSpan(starts[line], starts[line + 1] - starts[line] - 1).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    // The answers for whole tokens (up to 37 lookups each), per distinct key; see BoundedCache.
    private static readonly Caching.BoundedCache<bool> Tokens = new(50_000);

    /// <summary>
    /// As <see cref="IsWordOrInflection(ReadOnlySpan{char})"/> for a token's key, answered from a bounded cache: the
    /// features and misspelling checks ask it for every unknown word of every post.
    /// </summary>
    public static bool IsWordOrInflection(string word) =>
        Tokens.GetOrAdd(word, 0, static (_, w) => IsWordOrInflection(w.AsSpan()));

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
    // letters only), one per line, so a line compares with a token's key as it is.
    private static (string, int[], int[]) Load()
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

        return (text, [.. starts], Slots(text, starts));
    }

    // Line number + 1 by the hash of the word, at most half full so a miss ends after a probe or two.
    private static int[] Slots(string text, List<int> starts)
    {
        var slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)starts.Count * 2)];
        var mask = slots.Length - 1;
        for (var line = 0; line + 1 < starts.Count; line++)
        {
            var at = string.GetHashCode(text.AsSpan(starts[line], starts[line + 1] - starts[line] - 1)) & mask;
            while (slots[at] != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = line + 1;
        }

        return slots;
    }
}
