using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// A compiled lexicon file. Columns (tab-separated): pattern, tag, requires (groups separated by ';'),
/// unless. Patterns are indexed by their first term, so a check looks each word up once per lexicon
/// instead of trying every entry. Immutable after construction; safe to share between threads.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, List<LexiconEntry>> _byFirstExact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconEntry>> _byFirstPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconEntry>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly List<LexiconEntry> _openEnded = [];
    private readonly List<LexiconEntry> _all = [];
    private readonly int _maxPrefix;

    public Lexicon(string name, IEnumerable<string[]> rows)
    {
        Name = name;
        foreach (var fields in rows)
        {
            var entry = ParseEntry(fields);
            if (entry is null)
            {
                continue;
            }

            _all.Add(entry);
            var first = entry.Pattern[0];
            if (first.IsOpenEnded)
            {
                _openEnded.Add(entry);
            }

            foreach (var form in first.Exact)
            {
                Add(_byFirstExact, form, entry);
            }

            foreach (var prefix in first.Prefixes)
            {
                Add(_byFirstPrefix, prefix, entry);
                _maxPrefix = Math.Max(_maxPrefix, prefix.Length);
            }
        }

        _prefixLookup = _byFirstPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name { get; }

    public int Count => _all.Count;

    public static LexiconEntry? ParseEntry(string[] fields)
    {
        if (fields.Length == 0 || string.IsNullOrWhiteSpace(fields[0]))
        {
            return null;
        }

        var pattern = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Term.Parse).ToArray();
        if (pattern.Length == 0 || pattern[0].Gap > 0)
        {
            return null;
        }

        var tag = fields.Length > 1 ? fields[1].Trim() : string.Empty;
        var requires = fields.Length > 2 && fields[2].Trim().Length > 0
            ? fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Term.Parse).ToArray()
            : [];
        var unless = fields.Length > 3 && fields[3].Trim().Length > 0 ? Term.Parse(fields[3]) : null;
        return new LexiconEntry(fields[0], pattern, tag, requires, unless);
    }

    /// <summary>Every match in the tokens, in text order; a match never crosses a sentence end.</summary>
    public void FindAll(IReadOnlyList<Token> tokens, List<LexiconMatch> matches)
    {
        var candidates = new List<LexiconEntry>(4);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            candidates.Clear();
            Collect(token.Key, candidates);
            if (token.AltKey is not null)
            {
                Collect(token.AltKey, candidates);
            }

            if (token.RawKey is not null)
            {
                Collect(token.RawKey, candidates);
            }

            if (token.Has(TokenFlags.Masked))
            {
                foreach (var entry in _all)
                {
                    if (Matches(entry.Pattern[0], token) && !candidates.Contains(entry))
                    {
                        candidates.Add(entry);
                    }
                }
            }

            foreach (var entry in _openEnded)
            {
                if (!candidates.Contains(entry) && Matches(entry.Pattern[0], token))
                {
                    candidates.Add(entry);
                }
            }

            foreach (var entry in candidates)
            {
                var last = MatchRest(entry.Pattern, 1, tokens, i + 1, token.Sentence);
                if (last < 0)
                {
                    continue;
                }

                last = Math.Max(last, i);
                if (!Conditions(entry, tokens, i, last))
                {
                    continue;
                }

                matches.Add(new LexiconMatch(entry, i, last));
            }
        }
    }

    public List<LexiconMatch> FindAll(IReadOnlyList<Token> tokens)
    {
        var list = new List<LexiconMatch>();
        FindAll(tokens, list);
        return list;
    }

    private void Collect(string key, List<LexiconEntry> candidates)
    {
        if (_byFirstExact.TryGetValue(key, out var exact))
        {
            AddDistinct(candidates, exact);
        }

        if (_maxPrefix == 0)
        {
            return;
        }

        var span = key.AsSpan();
        for (var length = 1; length <= Math.Min(_maxPrefix, span.Length); length++)
        {
            if (_prefixLookup.TryGetValue(span[..length], out var byPrefix))
            {
                AddDistinct(candidates, byPrefix);
            }
        }
    }

    private static void AddDistinct(List<LexiconEntry> candidates, List<LexiconEntry> entries)
    {
        foreach (var e in entries)
        {
            if (!candidates.Contains(e))
            {
                candidates.Add(e);
            }
        }
    }

    // Returns the index of the last matched token, or -1. "next" is the token after the previous term.
    private static int MatchRest(Term[] pattern, int termIndex, IReadOnlyList<Token> tokens, int next, int sentence)
    {
        if (termIndex == pattern.Length)
        {
            return next - 1;
        }

        var term = pattern[termIndex];
        if (term.Gap > 0)
        {
            for (var skip = 0; skip <= term.Gap; skip++)
            {
                var at = next + skip;
                if (at > tokens.Count || (at < tokens.Count && tokens[at].Sentence != sentence && termIndex + 1 < pattern.Length))
                {
                    break;
                }

                var result = MatchRest(pattern, termIndex + 1, tokens, at, sentence);
                if (result >= 0)
                {
                    return result;
                }
            }

            return -1;
        }

        if (next >= tokens.Count || tokens[next].Sentence != sentence)
        {
            return -1;
        }

        var token = tokens[next];
        if (!Matches(term, token))
        {
            return -1;
        }

        return MatchRest(pattern, termIndex + 1, tokens, next + 1, sentence);
    }

    private static bool Conditions(LexiconEntry entry, IReadOnlyList<Token> tokens, int first, int last)
    {
        if (entry.Requires.Length == 0 && entry.Unless is null)
        {
            return true;
        }

        var sentence = tokens[first].Sentence;
        var from = first;
        while (from > 0 && tokens[from - 1].Sentence == sentence)
        {
            from--;
        }

        var to = last;
        while (to + 1 < tokens.Count && tokens[to + 1].Sentence == sentence)
        {
            to++;
        }

        foreach (var group in entry.Requires)
        {
            if (!AnyIn(group, tokens, from, to, first, last))
            {
                return false;
            }
        }

        return entry.Unless is null || !AnyIn(entry.Unless, tokens, from, to, -1, -1);
    }

    private static bool AnyIn(Term term, IReadOnlyList<Token> tokens, int from, int to, int skipFirst, int skipLast)
    {
        for (var k = from; k <= to; k++)
        {
            if (k >= skipFirst && k <= skipLast)
            {
                continue;
            }

            // "Unless" also looks at the matched word itself: "kankerbestrijding" names the disease.
            if (Matches(term, tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Term term, Token token) =>
        term.Matches(token.Key) || (token.AltKey is not null && term.Matches(token.AltKey)) || (token.RawKey is not null && term.Matches(token.RawKey));

    private static void Add(Dictionary<string, List<LexiconEntry>> index, string key, LexiconEntry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(entry);
    }
}
