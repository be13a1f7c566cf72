namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// A cheap test, before an entry's pattern is matched from a token, of whether its next word term can match at all:
/// for "de helft" the next word, for "weet ~3 waar" one of the next four. The term must be words and classes only (no
/// prefix, suffix or part), so it matches a plain token only by its key or its classes. Keys are compared by one bit of
/// their hash (<see cref="WordBit"/>), so the test may leave an entry open that cannot match (the matcher then says no,
/// as it did without the test), but it never rules out one that can: most candidates fail on their second term, and
/// this spares the matcher's recursion and the term's comparisons for them.
/// </summary>
internal sealed class LookAhead
{
    private readonly int _reach;
    private readonly ulong _words;
    private readonly ClassMask _classes;

    private LookAhead(int reach, Term term)
    {
        _reach = reach;
        Term = term;
        _classes = term.Classes;
        foreach (var form in term.Exact)
        {
            _words |= WordBit(form);
        }
    }

    /// <summary>The term tested: the second, or the one after a leading gap.</summary>
    public Term Term { get; }

    /// <summary>How many words past the next one the term may fall (the gap before it); 0 for the next word only.</summary>
    public int Reach => _reach;

    /// <summary>The word bits of the term's exact forms (see <see cref="WordBit"/>).</summary>
    public ulong Words => _words;

    /// <summary>The term's classes.</summary>
    public ClassMask Classes => _classes;

    /// <summary>The test for a pattern, or null when its second term (or the term after a leading gap) is not words and classes only.</summary>
    public static LookAhead? For(Term[] pattern)
    {
        if (pattern.Length < 2)
        {
            return null;
        }

        // "weet ~3 waar": the term after the gap must fall on one of the next Gap + 1 words.
        var (reach, index) = pattern[1].Gap > 0 ? (pattern[1].Gap, 2) : (0, 1);
        return index < pattern.Length && IsWordsAndClasses(pattern[index]) ? new LookAhead(reach, pattern[index]) : null;
    }

    /// <summary>
    /// Whether one of the tokens from <paramref name="next"/> to the reach of the gap may be the term: it has one of its
    /// classes, or its word bit is one of the term's (a token that is not a plain word has every bit, see <see cref="ClassedToken"/>).
    /// </summary>
    public bool MayMatch(TokenClasses classes, int next) => MayMatch(classes, next, _reach, _words, _classes);

    /// <summary>The same test from the look-ahead's fields, as <see cref="Candidate"/> keeps them.</summary>
    public static bool MayMatch(TokenClasses classes, int next, int reach, ulong words, ClassMask termClasses)
    {
        var last = Math.Min(next + reach, classes.Length - 1);
        for (var k = next; k <= last; k++)
        {
            var token = classes.At(k);
            if ((token.WordBits & words) != 0 || (token.Classes & termClasses) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of 64 bits chosen by the word's letters (FNV-1a): equal keys give the same bit.</summary>
    public static ulong WordBit(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return 1UL << (int)(hash >> 26);
    }

    private static bool IsWordsAndClasses(Term term) =>
        term is { Gap: 0, HasParts: false, Prefixes.Count: 0, Suffixes.Count: 0 };
}
