using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// The inflected forms of a lemma, from the table generated out of OpenTaal's Hunspell dictionary
/// (Data/forms.tsv, see tools/Protocolwacht.Morphology). A lemma the dictionary does not know (a slur,
/// slang, a new word not yet in the table) is inflected by the spelling rules of <see cref="Inflection"/>,
/// without the forms that are other dictionary words.
/// Read once; immutable and thread-safe. A plain dictionary, not a frozen one: the table is asked only while the
/// word classes and lexicons are built, too few questions to repay freezing its 4,900 lemmas (about 17 ms at start).
/// </summary>
internal static class Morphology
{
    private static readonly Lazy<Dictionary<string, string[]>> Table = new(Load);

    /// <summary>True when the generated table has the lemma (the linter asks: is the table up to date?).</summary>
    public static bool Knows(string lemma) => Table.Value.ContainsKey(Term.KeyOf(lemma));

    /// <summary>The lemma and its inflections.</summary>
    public static IEnumerable<string> FormsOf(string lemma)
    {
        if (Table.Value.TryGetValue(lemma, out var forms))
        {
            return forms.Prepend(lemma);
        }

        // A word the dictionary does not know has no inflection the dictionary knows: a generated form that
        // is a dictionary word is another word ("kleren" is not a plural of the curse "klere").
        return Inflection.Forms(lemma).Where(f => f == lemma || !DictionaryWords.Contains(f));
    }

    private static Dictionary<string, string[]> Load()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var fields in DataFiles.ReadEmbeddedTsv("Language.Data.forms.tsv"))
        {
            // Keyed by the folded lemma, as callers ask (Term.KeyOf): "somaliër" is asked as "somalier".
            table[Term.KeyOf(fields[0])] = fields.Length >= 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        }

        return table;
    }
}
