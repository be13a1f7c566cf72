using System.Globalization;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// The word classes of Classes/*.tsv (one class a file, one lemma a line; a strong verb lists its
/// irregular stems beside it), each expanded to its inflected forms by <see cref="Morphology"/>, plus two
/// classes computed from the sentiment lexicon: <c>negative</c> and <c>positive</c> adjectives. A class
/// is a bit: a word's classes are one <see cref="ClassMask"/>, so a pattern asks "is this a group noun?" with
/// one AND. Built once; immutable and thread-safe. At start-up the expansion is read ready-made from
/// <see cref="WordClassTable"/> (Data/classes.bin) when that was made from the data embedded now; otherwise expanded here.
/// </summary>
internal sealed class WordClasses
{
    /// <summary>Polarity at or beyond which an adjective counts as clearly negative or positive.</summary>
    public const double PolarityThreshold = 0.4;

    /// <summary>How many classes fit in a <see cref="ClassMask"/>.</summary>
    public const int Capacity = ClassMask.Bits;

    private static readonly Lazy<WordClasses> Shared = new(() => new WordClasses(stored: true));

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Lazy<Dictionary<string, List<ClassLine>>> _lines = new(ReadLines);

    private WordClasses(bool stored)
    {
        if (stored && WordClassTable.TryLoad(WordClassTable.SourceHash(), out var names, out var table))
        {
            foreach (var name in names)
            {
                Register(name);
            }

            Forms = table;
            return;
        }

        Forms = Expand();
    }

    /// <summary>The classes expanded from the class files, not read from the stored table (for the table's tool and tests).</summary>
    public static WordClasses Expanded() => new(stored: false);

    // Every lemma of every class file in its forms, then the polarity classes.
    private FormTable Expand()
    {
        // Some 18,000 forms: sized so the table is not rebuilt while it fills.
        var forms = new FormTable(20_000);
        var asWritten = WholeWords();
        foreach (var name in EmbeddedClassNames())
        {
            var id = Register(name);
            foreach (var line in LinesOf(name))
            {
                foreach (var word in line.Words)
                {
                    var lemma = Term.KeyOf(word);
                    foreach (var form in asWritten.Contains(lemma) ? [lemma] : Morphology.FormsOf(lemma))
                    {
                        forms.Add(Term.KeyOf(form), ClassMask.One << id);
                    }
                }
            }
        }

        // A word that names a protected group ("gehandicapt", "homoseksueel") names who someone is, not how good or bad
        // they are: "als gehandicapte moeder weet ik …" is no negative remark (thirty-sixth pass, hate32), and hate about
        // the group is read by the group judge from the words around it.
        var ignored = new HashSet<string>(LinesOf("polarity-ignore").Concat(LinesOf("protected-group")).SelectMany(l => l.Words), StringComparer.Ordinal);
        var negative = ClassMask.One << Register("negative");
        var positive = ClassMask.One << Register("positive");
        foreach (var fields in DataFiles.ReadEmbeddedTsv("Language.Data.polarity.tsv"))
        {
            if (fields.Length < 2 || ignored.Contains(fields[0]) || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var polarity) || Math.Abs(polarity) < PolarityThreshold)
            {
                continue;
            }

            foreach (var form in Morphology.FormsOf(fields[0]))
            {
                forms.Add(Term.KeyOf(form), polarity < 0 ? negative : positive);
            }
        }

        return forms;
    }

    // The class files' lines by class name: for the linter, and for the expansion when the stored table is stale.
    private static Dictionary<string, List<ClassLine>> ReadLines()
    {
        var byName = new Dictionary<string, List<ClassLine>>(StringComparer.Ordinal);
        foreach (var name in EmbeddedClassNames())
        {
            var lines = new List<ClassLine>();
            byName[name] = lines;
            var lineNumber = 0;
            var text = DataFiles.ReadEmbeddedText($"Language.Classes.{name}.tsv").AsSpan();
            foreach (var range in text.Split('\n'))
            {
                lineNumber++;
                var line = text[range].TrimEnd('\r');
                if (line.Length != 0 && line[0] != '#')
                {
                    lines.Add(new ClassLine(lineNumber, WordsOf(line)));
                }
            }
        }

        return byName;
    }

    public static WordClasses Default => Shared.Value;

    /// <summary>Every folded form and the classes it belongs to, in the order the class files first name them.</summary>
    public FormTable Forms { get; }

    public IReadOnlyList<string> Names => _names;

    /// <summary>The lines of a class file as written (for the lexicon linter); empty for computed classes.</summary>
    public IReadOnlyList<ClassLine> LinesOf(string name) => _lines.Value.TryGetValue(name, out var l) ? l : [];

    public bool TryMask(string name, out ClassMask mask)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            mask = ClassMask.One << id;
            return true;
        }

        mask = 0;
        return false;
    }

    /// <summary>The bit of a class the code names; an unknown name is a programming error.</summary>
    public ClassMask Mask(string name) => TryMask(name, out var m) ? m : throw new ArgumentException($"Unknown word class '{name}'.", nameof(name));

    public ClassMask Of(ReadOnlySpan<char> key) => Forms.Of(key);

    public IEnumerable<string> NamesOf(ClassMask mask)
    {
        for (var i = 0; i < _names.Count; i++)
        {
            if ((mask & (ClassMask.One << i)) != 0)
            {
                yield return _names[i];
            }
        }
    }

    private int Register(string name)
    {
        if (_names.Count == Capacity)
        {
            throw new InvalidOperationException($"More than {Capacity} word classes: widen ClassMask (ClassMask.cs).");
        }

        _ids[name] = _names.Count;
        _names.Add(name);
        return _names.Count - 1;
    }

    // The lemmas of class whole-word: a plural such as "ieren" or "walen" is a word as it is written; its stems would be
    // other words ("ier", "wal"), and compounds ending in it are other words too (see TokenClassifier).
    private static HashSet<string> WholeWords() =>
        new(DataFiles.ReadEmbeddedTsv("Language.Classes.whole-word.tsv").Select(fields => Term.KeyOf(fields[0].Trim())), StringComparer.Ordinal);

    // The words before the first tab, split on spaces: a lemma, then any irregular stems.
    private static string[] WordsOf(ReadOnlySpan<char> line)
    {
        var tab = line.IndexOf('\t');
        var field = tab < 0 ? line : line[..tab];
        var words = new List<string>(1);
        foreach (var range in field.Split(' '))
        {
            if (!field[range].IsEmpty)
            {
                words.Add(field[range].ToString());
            }
        }

        return [.. words];
    }

    private static IEnumerable<string> EmbeddedClassNames()
    {
        const string prefix = "Protocolwacht.Checks.Language.Classes.";
        return typeof(WordClasses).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4])
            .Order(StringComparer.Ordinal);
    }
}

/// <summary>One line of a class file: its number and its words (a lemma, then any irregular stems).</summary>
internal sealed record ClassLine(int Number, string[] Words);
