namespace Protocolwacht.Checks.Language;

/// <summary>
/// Dutch inflection by suffix rules, the fallback for lemmas the dictionary does not know (slurs, slang):: plurals (-en, -s), adjective and
/// comparative forms (-e, -er, -ste), diminutives (-je, -tje, -pje, -etje), with the spelling changes
/// that come with them (idioot → idioten, lul → lullen, wijf → wijven). Over-generation is harmless:
/// the extra forms are not Dutch words, so they match nothing.
/// </summary>
internal static class Inflection
{
    private static readonly string[] Suffixes = ["", "s", "en", "n", "e", "er", "ere", "st", "ste", "je", "tje", "jes", "tjes", "pje", "etje", "etjes"];
    private const string Vowels = "aeiouy";

    public static IEnumerable<string> Forms(string word)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var suffix in Suffixes)
        {
            forms.Add(word + suffix);
        }

        if (word.Length < 3)
        {
            return forms;
        }

        var last = word[^1];
        var beforeLast = word[^2];
        var third = word[^3];
        if (!IsVowel(last))
        {
            // Long vowel written double loses one letter before a vowel: idioot → idioten.
            if (IsVowel(beforeLast) && beforeLast == third)
            {
                var open = word[..^2] + last;
                AddVowelForms(forms, Voice(open));
            }

            // Short vowel doubles the consonant: lul → lullen, dom → domme.
            if (IsVowel(beforeLast) && !IsVowel(third) && last is not ('w' or 'j'))
            {
                AddVowelForms(forms, word + last);
            }

            // f → v and s → z before a vowel: wijf → wijven.
            AddVowelForms(forms, Voice(word));
        }

        return forms;
    }

    private static string Voice(string stem) => stem[^1] switch
    {
        'f' => stem[..^1] + "v",
        's' => stem[..^1] + "z",
        _ => stem,
    };

    private static void AddVowelForms(HashSet<string> forms, string stem)
    {
        forms.Add(stem + "en");
        forms.Add(stem + "e");
        forms.Add(stem + "er");
        forms.Add(stem + "ere");
    }

    internal static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
