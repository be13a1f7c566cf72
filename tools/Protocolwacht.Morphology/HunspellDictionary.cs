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

    private HunspellDictionary(Func<string, IEnumerable<string>> stem, List<string> words, HashSet<string> nounEntries, string version)
    {
        _stem = stem;
        _nounEntries = nounEntries;
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
            }
        }

        return new HunspellDictionary(
            w => ((IEnumerable)stem.Invoke(stemmer, [w])!).Cast<object>().Select(o => o.ToString()!),
            [.. words],
            nounEntries,
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
            targets.Add(stem);
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
    /// A short vowel before one final consonant doubles it in the plural (slet → sletten, zak → zakken). OpenTaal's
    /// nl.dic gives some such nouns the flag of the plain -en plural as well (Zb, meant for the nouns whose vowel
    /// lengthens: dak → daken, slot → sloten), beside the doubling flag Ze (zak/YbZbZe: "zaken") or alone with the doubled
    /// plural as an entry of its own (slet/YbZb beside sletten/Cc: "sleten"). The stemmer then confirms the plain form,
    /// a plural of another word (zaak) or a verb form (sleten, of slijten). So the plain plural goes when the doubled one is confirmed too,
    /// and is replaced by the doubled one when that is a noun entry of the dictionary (a lower-case entry without verb
    /// flags: sletten, bennen, mallen). A plain plural whose doubled form is no noun (daken, wegen, spelen) stays. The
    /// one noun with both plurals among the lemmas, pad (paden, padden), keeps the doubled one, the animal's.
    /// </summary>
    private void DoubleTheConsonantOfAShortVowel(string lemma, SortedSet<string> forms)
    {
        if (DutchCandidates.DoubledPlural(lemma) is not { } doubled || !forms.Contains(lemma + "en"))
        {
            return;
        }

        var plain = lemma + "en";
        if (forms.Contains(doubled))
        {
            forms.Remove(plain);
        }
        else if (_nounEntries.Contains(doubled))
        {
            forms.Remove(plain);
            forms.Add(doubled);
        }
    }

    // A verb entry of nl.dic carries one of the verb flags (FLAG long: two characters each, the verb's start with V).
    private static bool HasVerbFlag(string line)
    {
        var slash = line.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return false;
        }

        var flags = line[(slash + 1)..].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            if (flags[i] == 'V')
            {
                return true;
            }
        }

        return false;
    }
}
