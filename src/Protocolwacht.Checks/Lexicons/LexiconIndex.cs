using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// All entries of one or more lexicons indexed by their first term: a forward trie for exact words and
/// prefixes, a backward trie for suffixes. One walk per word finds the candidates of every lexicon, so the
/// cost of a check grows with the text, not with the number of lexicons or entries.
/// </summary>
internal sealed class LexiconIndex
{
    private readonly EntryTrie _forwards = new();
    private readonly EntryTrie _backwards = new();
    private readonly List<LexiconEntry> _parts = [];
    private readonly Dictionary<int, List<(string Form, LexiconEntry Entry)>> _formsByLength = [];
    private readonly List<(string Prefix, LexiconEntry Entry)> _prefixes = [];
    private readonly bool _hasSuffixes;
    private readonly List<LexiconEntry>?[] _byClass = new List<LexiconEntry>?[Language.WordClasses.Capacity];

    // The classes and candidate entries of a plain word (letters, one key), per distinct word; see BoundedCache.
    // Both are kept together so a word is hashed and looked up once for the two, not once in the word classes'
    // table and again here.
    private readonly Caching.BoundedCache<PlainWord> _plainWords = new(50_000);

    /// <summary>How many words either side of a match its requirements and exceptions look at.</summary>
    public const int Window = 40;

    public LexiconIndex(IEnumerable<Lexicon> lexicons)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in lexicon.Entries)
            {
                var first = entry.Pattern[0];
                // The set bits only, lowest first: testing all 256 bits of every entry's mask was a start-up cost.
                for (var bits = first.Classes; bits != 0; bits &= bits - 1)
                {
                    (_byClass[ClassMask.TrailingZeroCount(bits)] ??= []).Add(entry);
                }

                if (first.HasParts)
                {
                    _parts.Add(entry);
                }

                foreach (var form in first.Exact)
                {
                    _forwards.AddExact(form, entry);
                    if (!_formsByLength.TryGetValue(form.Length, out var sameLength))
                    {
                        sameLength = [];
                        _formsByLength[form.Length] = sameLength;
                    }

                    sameLength.Add((form, entry));
                }

                foreach (var prefix in first.Prefixes)
                {
                    _forwards.AddPrefix(prefix, entry);
                    _prefixes.Add((prefix, entry));
                }

                foreach (var suffix in first.Suffixes)
                {
                    var reversed = suffix.ToCharArray();
                    Array.Reverse(reversed);
                    _backwards.AddPrefix(new string(reversed), entry);
                    _hasSuffixes = true;
                }
            }
        }
    }

    /// <summary>
    /// The word classes of each token (see <see cref="Language.TokenClassifier"/>), each plain word's as what the
    /// index knows of it (<see cref="PlainWord"/>), to pass on to <see cref="FindAll"/>.
    /// </summary>
    public TokenClasses Classify(ReadOnlySpan<Token> tokens)
    {
        var classifier = Language.TokenClassifier.Default;
        var classes = new ClassedToken[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsPlain(tokens[i]))
            {
                classes[i] = Plain(tokens[i]);
            }
            else
            {
                var mask = classifier.Classify(tokens[i]);
                classes[i] = mask == 0 ? ClassedToken.None : new ClassedToken(mask);
            }
        }

        Language.TokenClassifier.PeopleByAdjective(tokens, classes);
        return new TokenClasses(classes);
    }

    /// <summary>
    /// A lexicon's matches in a check where it has none: one shared list, never added to (<see cref="FindAll"/> replaces
    /// it in a slot by a new list at the first match), so a check does not make an empty list for every lexicon.
    /// </summary>
    public static readonly List<LexiconMatch> NoMatches = [];

    [ThreadStatic]
    private static List<LexiconEntry>? t_entries;

    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    /// <summary>
    /// Adds every match, in text order, to the list of its lexicon (<c>slots[entry.LexiconId]</c>; slots
    /// that are null are skipped, a slot holding <see cref="NoMatches"/> gets a list of its own at its first match).
    /// A match never crosses a sentence end. <paramref name="classes"/> is what <see cref="Classify"/> gave for the same tokens.
    /// </summary>
    public void FindAll(ReadOnlySpan<Token> tokens, TokenClasses classes, List<LexiconMatch>?[] slots)
    {
        // Only tokens that are not plain words (digits, masks, leetspeak) collect their candidates here, in lists kept
        // per thread: two new lists per check were some 0.5 KB of a tweet's allocation.
        var entries = t_entries ??= new List<LexiconEntry>(8);
        var scratch = t_candidates ??= new List<Candidate>(8);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            ReadOnlySpan<Candidate> candidates;
            if (classes.PlainWordAt(i) is { } plain)
            {
                candidates = plain.Candidates;
            }
            else
            {
                entries.Clear();
                scratch.Clear();
                CollectCandidates(token, classes[i], entries);
                foreach (var entry in entries)
                {
                    scratch.Add(new Candidate(entry));
                }

                candidates = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch);
            }

            for (var c = 0; c < candidates.Length; c++)
            {
                ref readonly var candidate = ref candidates[c];

                // Most candidates fail on the term after the first: a word bit and a class mask tell most of those apart.
                if (!candidate.MayMatch(classes, i + 1))
                {
                    continue;
                }

                var slot = candidate.LexiconId < slots.Length ? slots[candidate.LexiconId] : null;
                if (slot is null)
                {
                    continue;
                }

                var entry = candidate.Entry;
                var last = MatchRest(entry.Pattern, 1, tokens, classes, i + 1, token.Sentence);
                if (last < 0)
                {
                    continue;
                }

                last = Math.Max(last, i);
                if (Conditions(entry, tokens, classes, i, last))
                {
                    if (ReferenceEquals(slot, NoMatches))
                    {
                        slot = slots[entry.LexiconId] = [];
                    }

                    slot.Add(new LexiconMatch(entry, i, last));
                }
            }
        }
    }

    // A plain word (letters, one key, no mask, no hex code) has classes and candidates that follow from its key alone.
    private static bool IsPlain(in Token token) =>
        token.AltKey is null && token.RawKey is null && (token.Flags & (TokenFlags.Masked | TokenFlags.Letters | TokenFlags.HexLike)) == TokenFlags.Letters;

    private PlainWord Plain(in Token token) => _plainWords.GetOrAdd(token.Key, (this, token), static (s, _) =>
    {
        var classes = Language.TokenClassifier.Default.Classify(s.token);
        var found = new List<LexiconEntry>();
        s.Item1.CollectCandidates(s.token, classes, found);
        Candidate[] candidates = found.Count == 0 ? [] : [.. found.ConvertAll(static e => new Candidate(e))];
        var isDictionaryWord = s.token.Key.Length >= 5 && Language.DictionaryWords.IsWordOrInflection(s.token.Key.AsSpan());
        return new PlainWord(s.token.Key, classes, candidates, isDictionaryWord);
    });

    // The entries whose first term may match the token, in a fixed order: by its keys, then by parts and classes.
    private void CollectCandidates(in Token token, ClassMask tokenClasses, List<LexiconEntry> candidates)
    {
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
            CollectMasked(token.Key, candidates);
        }

        foreach (var entry in _parts)
        {
            if (!EntryTrie.ContainsReference(candidates, entry) && Matches(entry.Pattern[0], token, tokenClasses))
            {
                candidates.Add(entry);
            }
        }

        foreach (var id in tokenClasses.SetBitIds())
        {
            if (_byClass[id] is { } byClass)
            {
                foreach (var entry in byClass)
                {
                    if (!EntryTrie.ContainsReference(candidates, entry))
                    {
                        candidates.Add(entry);
                    }
                }
            }
        }
    }

    // "f*cking", "k**t": compare with the words of the same length, and with compound heads.
    private void CollectMasked(string key, List<LexiconEntry> candidates)
    {
        if (_formsByLength.TryGetValue(key.Length, out var sameLength))
        {
            foreach (var (form, entry) in sameLength)
            {
                if (!EntryTrie.ContainsReference(candidates, entry) && Term.MaskFits(key, form))
                {
                    candidates.Add(entry);
                }
            }
        }

        foreach (var (prefix, entry) in _prefixes)
        {
            if (key.Length >= prefix.Length && !EntryTrie.ContainsReference(candidates, entry) && Term.MaskFits(key[..prefix.Length], prefix))
            {
                candidates.Add(entry);
            }
        }
    }

    private void Collect(string key, List<LexiconEntry> candidates)
    {
        _forwards.Collect(key, backwards: false, candidates);
        if (_hasSuffixes)
        {
            _backwards.Collect(key, backwards: true, candidates);
        }
    }

    // Returns the index of the last matched token, or -1. "next" is the token after the previous term.
    private static int MatchRest(Term[] pattern, int termIndex, ReadOnlySpan<Token> tokens, TokenClasses classes, int next, int sentence)
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
                if (at > tokens.Length || (at < tokens.Length && tokens[at].Sentence != sentence && termIndex + 1 < pattern.Length))
                {
                    break;
                }

                var result = MatchRest(pattern, termIndex + 1, tokens, classes, at, sentence);
                if (result >= 0)
                {
                    return result;
                }
            }

            return -1;
        }

        if (next >= tokens.Length || tokens[next].Sentence != sentence)
        {
            return -1;
        }

        return Matches(term, tokens[next], classes[next]) ? MatchRest(pattern, termIndex + 1, tokens, classes, next + 1, sentence) : -1;
    }

    private static bool Conditions(LexiconEntry entry, ReadOnlySpan<Token> tokens, TokenClasses classes, int first, int last)
    {
        if (entry.Requires.Length == 0 && entry.Unless is null && entry.UnlessNear is null)
        {
            return true;
        }

        // The sentence around the match, at most Window words either side, so a text without full stops
        // cannot make the check quadratic.
        var sentence = tokens[first].Sentence;
        var from = first;
        while (from > 0 && first - from < Window && tokens[from - 1].Sentence == sentence)
        {
            from--;
        }

        var to = last;
        while (to + 1 < tokens.Length && to - last < Window && tokens[to + 1].Sentence == sentence)
        {
            to++;
        }

        // Requirements may also be met in the sentence before ("… de nieuwe directeur. Ik mag nog niks zeggen").
        var requiresFrom = from;
        while (requiresFrom > 0 && first - requiresFrom < Window && tokens[requiresFrom - 1].Sentence >= sentence - 1)
        {
            requiresFrom--;
        }

        foreach (var group in entry.Requires)
        {
            // The matched word itself cannot satisfy its own requirement; words inside a gap can ("horen de ouders pas").
            if (!AnyIn(group, tokens, classes, requiresFrom, to, first, first))
            {
                return false;
            }
        }

        if (entry.UnlessNear is { } near && AnyIn(near, tokens, classes, Math.Max(from, first - 1), Math.Min(to, last + 1), -1, -1))
        {
            return false;
        }

        return entry.Unless is null || !AnyIn(entry.Unless, tokens, classes, from, to, -1, -1);
    }

    private static bool AnyIn(Term term, ReadOnlySpan<Token> tokens, TokenClasses classes, int from, int to, int skipFirst, int skipLast)
    {
        for (var k = from; k <= to; k++)
        {
            if (k >= skipFirst && k <= skipLast)
            {
                continue;
            }

            // "Unless" also looks at the matched word itself: "kankerbestrijding" names the disease.
            if (Matches(term, tokens[k], classes[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Term term, in Token token, ClassMask classes)
    {
        var masked = token.Has(TokenFlags.Masked);
        return term.Matches(token.Key, masked, classes) || (token.AltKey is not null && term.Matches(token.AltKey, masked)) || (token.RawKey is not null && term.Matches(token.RawKey, masked));
    }
}
