namespace Protocolwacht.Checks.Language;

/// <summary>
/// Every word of OpenTaal's Hunspell dictionary (Data/words.txt), for compound analysis: a swear
/// word counts as the first part of a compound only when the rest is a Dutch word ("kutweer", not
/// "Kutaisi"). Kept as the file's own bytes (the words are folded to a-z, one byte a letter) with an
/// open-addressing table of each word's offset and length by hash, stored ahead (Data/words.slots), so loading costs
/// two reads and a hash of the text, not 170,000 objects or a decoded copy of the text, and a question one or two
/// comparisons instead of seventeen (a binary search was a tenth of the whole check's time); loaded on the first question.
/// </summary>
internal static class DictionaryWords
{
    private static readonly Lazy<WordTable> Table = new(() => WordTable.Load("words.txt"));

    private static readonly string[] Endings = ["en", "s", "n", "e", "je", "jes", "tje", "tjes", "etje", "er", "ers", "ste", "st", "t", "te", "ten", "de", "den"];

    public static bool Contains(ReadOnlySpan<char> word) => Table.Value.Contains(word);

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

    /// <summary>
    /// A noun in "-en" that is the plural of a dictionary word: "vrouwen" (vrouw), "mannen" (man, the doubled consonant
    /// undone), "bomen" (boom, the long vowel written double again); not "keuken" or "eten", whose "-en" is no ending.
    /// </summary>
    public static bool IsPluralInEn(ReadOnlySpan<char> noun)
    {
        if (noun.Length < 4 || !noun.EndsWith("en", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = noun[..^2];
        if (Contains(stem) || (stem[^1] == stem[^2] && Contains(stem[..^1])))
        {
            return true;
        }

        // An open syllable writes a long vowel once ("bo-men"): the singular has it twice.
        if (stem.Length < 3 || !Inflection.IsVowel(stem[^2]) || Inflection.IsVowel(stem[^3]) || Inflection.IsVowel(stem[^1]))
        {
            return false;
        }

        Span<char> doubled = stackalloc char[stem.Length + 1];
        stem[..^1].CopyTo(doubled);
        doubled[^2] = stem[^2];
        doubled[^1] = stem[^1];
        return Contains(doubled);
    }
}
