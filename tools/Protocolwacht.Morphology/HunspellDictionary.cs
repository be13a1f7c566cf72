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

    private HunspellDictionary(Func<string, IEnumerable<string>> stem, List<string> words, string version)
    {
        _stem = stem;
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
        foreach (var line in File.ReadLines(dicPath, Encoding.UTF8).Skip(1))
        {
            var word = line.Split('/')[0].Trim().ToLowerInvariant();
            if (word.Length > 1 && word.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                words.Add(word);
            }
        }

        return new HunspellDictionary(
            w => ((IEnumerable)stem.Invoke(stemmer, [w])!).Cast<object>().Select(o => o.ToString()!),
            [.. words],
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

        return [.. forms];
    }
}
