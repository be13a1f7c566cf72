using System.Globalization;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Protocolwacht.History.Search;

/// <summary>
/// Words and their Dutch stems. The stemmer is Snowball's Dutch algorithm as Lucene.Net ships it, the same
/// algorithm PostgreSQL's <c>dutch</c> configuration uses, so both providers reduce "wedstrijden" and
/// "wedstrijd" to one stem. Lucene's stemmer keeps state, hence one per thread.
/// </summary>
public static class DutchText
{
    [ThreadStatic]
    private static DutchStemmer? _stemmer;

    /// <summary>The words of <paramref name="text"/> (runs of letters and digits) with their UTF-16 offsets.</summary>
    public static IEnumerable<(int Start, int Length)> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, i - start);
            }
        }
    }

    /// <summary>The stem of one word, lower case.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stemmer = _stemmer ??= new DutchStemmer();
        stemmer.SetCurrent(word.ToLowerInvariant());
        stemmer.Stem();
        return stemmer.Current;
    }
}
