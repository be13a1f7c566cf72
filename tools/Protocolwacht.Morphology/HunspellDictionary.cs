using System.Collections;
using System.Reflection;
using System.Text;
using Lucene.Net.Analysis.Hunspell;

namespace Protocolwacht.Morphology;

/// <summary>
/// OpenTaal's Hunspell dictionary read with Lucene.Net's Hunspell implementation. Lucene keeps its
/// stemmer internal (the public face is a token filter, which costs a pipeline reset per word), so it is
/// reached once through reflection. Lucene also wants the FLAG declaration before any flag is used,
/// which nl.aff does not do; the declaration is moved to the top in memory.
/// </summary>
internal sealed class HunspellDictionary
{
    private readonly Func<string, IEnumerable<string>> _stem;
    private readonly HashSet<string> _nounEntries;
    private readonly HashSet<string> _words;
    private readonly Dictionary<string, (int Plain, int Doubled)> _compoundPlurals;

    private HunspellDictionary(Func<string, IEnumerable<string>> stem, List<string> words, HashSet<string> nounEntries, Dictionary<string, (int Plain, int Doubled)> compoundPlurals, string version)
    {
        _stem = stem;
        _nounEntries = nounEntries;
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _compoundPlurals = compoundPlurals;
        Words = words;
        Version = version;
    }

    public List<string> Words { get; }

    public string Version { get; }

    public static HunspellDictionary Load(string affPath, string dicPath)
    {
        var affLines = File.ReadAllLines(affPath, Encoding.UTF8);
        var flag = affLines.FirstOrDefault(l => l.StartsWith("FLAG ", StringComparison.Ordinal));
        var aff = (flag is null ? string.Empty : flag + "\n") + string.Join('\n', affLines.Where(l => !l.StartsWith("FLAG ", StringComparison.Ordinal)));
        var version = affLines.FirstOrDefault(l => l.StartsWith("# Date and version:", StringComparison.Ordinal))?.Split(' ').Last() ?? "unknown";

        using var affStream = new MemoryStream(Encoding.UTF8.GetBytes(aff));
        using var dicStream = File.OpenRead(dicPath);
        var dictionary = new Dictionary(affStream, [dicStream], ignoreCase: true);

        var stemmerType = typeof(Dictionary).Assembly.GetType("Lucene.Net.Analysis.Hunspell.Stemmer", throwOnError: true)!;
        var stemmer = Activator.CreateInstance(stemmerType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [dictionary], null)!;
        var stem = stemmerType.GetMethods().First(m => m.Name == "Stem" && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string));

        var words = new SortedSet<string>(StringComparer.Ordinal);
        var nounEntries = new HashSet<string>(StringComparer.Ordinal);
        var pluralFlagged = new List<(string Word, bool Plain)>();
        foreach (var line in File.ReadLines(dicPath, Encoding.UTF8).Skip(1))
        {
            var entry = line.Split('/')[0].Trim();
            var word = entry.ToLowerInvariant();
            if (word.Length > 1 && word.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                words.Add(word);
                if (entry == word && !HasVerbFlag(line))
                {
                    nounEntries.Add(word); // not a name ("Weggen") nor a verb ("spellen")
                }

                var lengthened = HasFlag(line, "Zb") || HasFlag(line, "Zh");
                if (entry == word && lengthened != HasFlag(line, "Ze"))
                {
                    pluralFlagged.Add((word, lengthened));
                }
            }
        }

        return new HunspellDictionary(
            w => ((IEnumerable)stem.Invoke(stemmer, [w])!).Cast<object>().Select(o => o.ToString()!),
            [.. words],
            nounEntries,
            CompoundPlurals(pluralFlagged, words),
            version);
    }

    /// <summary>The lemmas the stemmer leads a word back to (case ignored): an inflection of another word has one besides itself.</summary>
    public IEnumerable<string> StemsOf(string word) => _stem(word);

    /// <summary>The inflections of a lemma that the dictionary confirms: candidates from Dutch spelling rules, kept when the stemmer leads them back to the lemma.</summary>
    public List<string> FormsOf(string lemma)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal) { lemma };
        foreach (var stem in DutchCandidates.VerbStems(lemma))
        {
            if (!IsTheStemOfTheDoubledVerb(lemma, stem))
            {
                targets.Add(stem);
            }
        }

        var forms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var candidate in DutchCandidates.For(lemma))
        {
            if (candidate != lemma && _stem(candidate).Any(targets.Contains))
            {
                forms.Add(candidate);
            }
        }

        DoubleTheConsonantOfAShortVowel(lemma, forms);
        return [.. forms];
    }

    /// <summary>
    /// A verb with one vowel letter before its last consonant (stelen, spelen, komen) has two stems as candidates: the
    /// long vowel's (steel) and the short one's (stel, right for komen → kom). The short one is also the stem of the verb
    /// written with the consonant doubled (stellen, spellen) when the dictionary has that verb, and then the forms of
    /// that other verb (stelt, stelde, stelden) would pass as the lemma's: "de kinderen stelden vragen" read as stealing.
    /// </summary>
    private bool IsTheStemOfTheDoubledVerb(string lemma, string stem) =>
        stem.Length >= 2 && lemma.Length == stem.Length + 2 && stem + stem[^1] + "en" is var doubled
        && doubled != lemma && _words.Contains(doubled);

    /// <summary>
    /// The plain -en plural of a lemma with one short vowel before one final consonant (lemma + "en": "sleten", "kaken",
    /// "paden") reads with a long vowel, so it is right only for the nouns whose vowel lengthens (dak → daken, pad → paden,
    /// slot → sloten). OpenTaal's nl.dic gives the plain plural's flag (Zb) to more nouns than that: beside the doubling
    /// flag Ze (zak/YbZbZe: "zaken"), alone with the doubled plural as an entry of its own (slet/YbZb beside sletten/Cc:
    /// "sleten"), or alone where the plain plural is the plural of the noun written with the long vowel (kak/ZbYb beside
    /// kaak: "kaken", which the stemmer leads to both). After s or f the same goes for the voiced plural's flag Zh (s →
    /// zen, f → ven), which nl.dic gives to mes (mes/YbZh: "mezen", the plural of mees) and to klas beside Ze
    /// (klas/CaCcZeZhYb: "klazen" beside "klassen"). Such a lengthened plural is doubtful, and it stays only when the
    /// lemma's compounds in the dictionary take it (<see cref="CompoundsTakeThePlainPlural"/>: voetpad/Zb, alcoholslot/Zb;
    /// not one compound of zak, slet, kar or pot does, and kak has one; tafelmes/Ze outvotes broodmes/Zh). When it stays,
    /// a doubled plural stays beside it only as a noun entry of its own (padden, the toad's); when it goes, the doubled
    /// one is kept when the stemmer confirms it and added when it is a noun entry of its own (sletten, bennen, mallen) or
    /// when the compounds take it (<see cref="CompoundsTakeTheDoubledPlural"/>: messen, as keukenmes/Ze and 52 more say;
    /// nl.dic has no "messen" and no Ze on mes). A plain plural after f or s that stays is written with v or z, as a
    /// lengthened vowel is before them (graf → graven, not "grafen"; nl.dic's Zb only adds "en"), when the dictionary has
    /// that word.
    /// </summary>
    private void DoubleTheConsonantOfAShortVowel(string lemma, SortedSet<string> forms)
    {
        if (DutchCandidates.DoubledPlural(lemma) is not { } doubled || LengthenedPlural(lemma, forms) is not { } lengthened)
        {
            return;
        }

        var doubledIsAnEntry = _nounEntries.Contains(doubled);
        var doubtful = forms.Contains(doubled) || doubledIsAnEntry || IsThePluralOfTheLongVowelNoun(lemma, lengthened);
        if (doubtful && !CompoundsTakeThePlainPlural(lemma))
        {
            forms.Remove(lengthened);
            if (doubledIsAnEntry || CompoundsTakeTheDoubledPlural(lemma))
            {
                forms.Add(doubled);
            }

            return;
        }

        if (doubledIsAnEntry)
        {
            forms.Add(doubled);
        }
        else
        {
            forms.Remove(doubled);
        }

        var plain = lemma + "en";
        if (DutchCandidates.VoicedPlural(lemma) is { } voiced && forms.Contains(plain) && _words.Contains(voiced))
        {
            forms.Remove(plain);
            forms.Add(voiced);
        }
    }

    // The plural the stemmer confirmed with the vowel lengthened: the plain one (Zb: "daken", "grafen") or, after s or f,
    // the voiced one (Zh: "mezen", "klazen"); null when it confirmed neither.
    private static string? LengthenedPlural(string lemma, SortedSet<string> forms)
    {
        var plain = lemma + "en";
        if (forms.Contains(plain))
        {
            return plain;
        }

        return DutchCandidates.VoicedPlural(lemma) is { } voiced && forms.Contains(voiced) ? voiced : null;
    }

    // kak → "kaken" is kaak's plural as written (the long vowel written once in the open syllable), and the stemmer says so.
    private bool IsThePluralOfTheLongVowelNoun(string lemma, string plain)
    {
        var longVowel = lemma[..^1] + lemma[^2] + lemma[^1];
        return _nounEntries.Contains(longVowel) && _stem(plain).Contains(longVowel, StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the dictionary's compounds of the lemma (an entry that is a word of the dictionary, with or without a
    /// linking s or hyphen, followed by the lemma: voet·pad, alcohol·slot) take its plain plural: at least two carry the
    /// plain plural's flag (Zb, or the voiced Zh after s or f) without the doubling one, and more than carry the doubling flag without the plain one. The
    /// head of a compound decides its plural, and the compounds are many and flagged one by one, so a stray flag on the
    /// lemma itself (kak/Zb, slet/Zb) is outvoted by them; one compound alone is no evidence.
    /// </summary>
    private bool CompoundsTakeThePlainPlural(string lemma) =>
        _compoundPlurals.TryGetValue(lemma, out var votes) && votes.Plain >= 2 && votes.Plain > votes.Doubled;

    /// <summary>The other way round: at least two of the lemma's compounds carry the doubling flag without a lengthened plural's, and more than the other way round.</summary>
    private bool CompoundsTakeTheDoubledPlural(string lemma) =>
        _compoundPlurals.TryGetValue(lemma, out var votes) && votes.Doubled >= 2 && votes.Doubled > votes.Plain;

    // For each word that ends a compound of the dictionary (a word, a linking s or hyphen, the word: voet·pad,
    // alcohol·slot, race·kak), how many such compounds carry the plain plural's flag without the doubling one, and the
    // other way round. The compound's first part must be a word of the dictionary, so "handel" is no compound of "del".
    private static Dictionary<string, (int Plain, int Doubled)> CompoundPlurals(List<(string Word, bool Plain)> flagged, SortedSet<string> words)
    {
        var votes = new Dictionary<string, (int Plain, int Doubled)>(StringComparer.Ordinal);
        foreach (var (word, plain) in flagged)
        {
            for (var split = 3; split <= word.Length - 3; split++)
            {
                var first = word[..split];
                if (!words.Contains(first) && !(first[^1] is 's' or '-' && words.Contains(first[..^1])))
                {
                    continue;
                }

                var head = word[split..];
                votes.TryGetValue(head, out var v);
                votes[head] = plain ? (v.Plain + 1, v.Doubled) : (v.Plain, v.Doubled + 1);
            }
        }

        return votes;
    }

    // A verb entry of nl.dic carries one of the verb flags (FLAG long: two characters each, the verb's start with V).
    private static bool HasVerbFlag(string line)
    {
        foreach (var flag in Flags(line))
        {
            if (flag[0] == 'V')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFlag(string line, string flag) => Flags(line).Contains(flag, StringComparer.Ordinal);

    private static IEnumerable<string> Flags(string line)
    {
        var slash = line.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            yield break;
        }

        var flags = line[(slash + 1)..].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            yield return flags.Substring(i, 2);
        }
    }
}
