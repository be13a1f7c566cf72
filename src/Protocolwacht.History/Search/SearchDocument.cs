using System.Text;
using Protocolwacht.Checks.Language;

namespace Protocolwacht.History.Search;

/// <summary>
/// What the index keeps of a text besides the text: the compound parts of its words (so a part finds the
/// compound on both providers) and, for SQLite's FTS5, the stems of words and parts in text order (so a
/// phrase is still a sequence of stems).
/// </summary>
public sealed record SearchDocument(string Parts, string Terms, string PartTerms)
{
    // Words shorter than this are not compounds worth splitting; it also keeps indexing fast.
    private const int MinCompound = 7;

    public static SearchDocument Build(string text, bool withStems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new StringBuilder();
        var terms = new StringBuilder();
        var partTerms = new StringBuilder();
        foreach (var (start, length) in DutchText.Words(text))
        {
            var word = text.Substring(start, length);
            if (withStems)
            {
                terms.Append(DutchText.Stem(word)).Append(' ');
            }

            if (length < MinCompound || !char.IsLetter(word[0]))
            {
                continue;
            }

            foreach (var part in CompoundWords.PartsOf(word))
            {
                parts.Append(part).Append(' ');
                if (withStems)
                {
                    partTerms.Append(DutchText.Stem(part)).Append(' ');
                }
            }
        }

        return new SearchDocument(parts.ToString().TrimEnd(), terms.ToString().TrimEnd(), partTerms.ToString().TrimEnd());
    }
}
