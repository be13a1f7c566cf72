namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// For the candidate entries of one word, the ones the next word leaves open: an entry whose second term is a
/// plain list of words ("de helft", "het nieuws meldde") can only match when the next word is one of them, so
/// "de" followed by "school" skips every "de …" entry but those that name "school", without comparing each.
/// One bit per candidate, in the candidates' order, so the matches keep their order.
/// </summary>
internal sealed class NextWordFilter
{
    /// <summary>Fewer entries with a word list second than this, and comparing them one by one is as cheap.</summary>
    private const int Worthwhile = 4;

    private readonly ulong _always;
    private readonly Dictionary<string, ulong> _byNextWord;

    private NextWordFilter(ulong always, Dictionary<string, ulong> byNextWord)
    {
        _always = always;
        _byNextWord = byNextWord;
    }

    /// <summary>The filter for these candidates, or null when there are more than 64 or too few it can rule out.</summary>
    public static NextWordFilter? For(LexiconEntry[] candidates)
    {
        if (candidates.Length > 64)
        {
            return null;
        }

        var always = 0UL;
        var byNextWord = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var filtered = 0;
        for (var c = 0; c < candidates.Length; c++)
        {
            var bit = 1UL << c;
            if (!HasWordListSecond(candidates[c].Pattern))
            {
                always |= bit;
                continue;
            }

            filtered++;
            foreach (var word in candidates[c].Pattern[1].Exact)
            {
                byNextWord[word] = byNextWord.GetValueOrDefault(word) | bit;
            }
        }

        return filtered < Worthwhile ? null : new NextWordFilter(always, byNextWord);
    }

    /// <summary>
    /// The candidates (one bit each) that may match when the next token's only key is <paramref name="nextKey"/>
    /// and it is not masked; a token with other readings or a mask must not be filtered by this.
    /// </summary>
    public ulong Open(string nextKey) => _always | (_byNextWord.TryGetValue(nextKey, out var bits) ? bits : 0);

    // A second term that is words only: no gap, class, prefix, suffix or part, so only its exact forms match
    // an unmasked token with a single key.
    private static bool HasWordListSecond(Term[] pattern) =>
        pattern.Length >= 2 && pattern[1] is { Gap: 0, HasParts: false, Prefixes.Count: 0, Suffixes.Count: 0, Exact.Count: > 0 } second
        && second.Classes == 0;
}
