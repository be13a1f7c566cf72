namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// One position of a lexicon pattern: alternatives separated by '|', each exact ("kut"), inflected
/// ("idioot+"), a prefix ("kut*", for compounds), a suffix ("*bestrijding"), a part ("*kanker*") or a
/// word class ("@protected-group": any form of any lemma of Language/Classes/protected-group.tsv, also as
/// the last part of a compound). A term "~N" in a pattern skips up to N words.
/// </summary>
internal sealed class Term
{
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;
    private readonly string[] _parts;

    private readonly int _minExact;
    private readonly int _maxExact;

    // One bit per first letter of the exact forms (a-z, and one bit for any other character).
    private readonly ulong _exactInitials;

    private Term(HashSet<string> exact, string[] prefixes, string[] suffixes, string[] parts, int gap, ClassMask classes = default, string[]? unknownClasses = null)
    {
        Classes = classes;
        UnknownClasses = unknownClasses ?? [];
        Exact = exact;
        _minExact = exact.Count == 0 ? int.MaxValue : exact.Min(e => e.Length);
        _maxExact = exact.Count == 0 ? -1 : exact.Max(e => e.Length);
        foreach (var form in exact)
        {
            _exactInitials |= InitialBit(form[0]);
        }
        _prefixes = prefixes;
        _suffixes = suffixes;
        _parts = parts;
        Gap = gap;
    }

    public HashSet<string> Exact { get; }

    /// <summary>The word classes this term accepts (one bit each, see <see cref="Language.WordClasses"/>).</summary>
    public ClassMask Classes { get; }

    /// <summary>Class names that name no class: the term never matches them, and the lexicon linter reports them.</summary>
    public IReadOnlyList<string> UnknownClasses { get; }

    public IReadOnlyList<string> Prefixes => _prefixes;

    public IReadOnlyList<string> Suffixes => _suffixes;

    public bool HasParts => _parts.Length > 0;

    /// <summary>For "~N": the most words it may skip; 0 for an ordinary term.</summary>
    public int Gap { get; }

    public static Term Parse(string text)
    {
        if (text.Length > 1 && text[0] == '~' && int.TryParse(text.AsSpan(1), out var gap))
        {
            return new Term([], [], [], [], gap);
        }

        var exact = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        var parts = new List<string>();
        var classes = ClassMask.Zero;
        var unknown = new List<string>();
        foreach (var raw in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Length > 1 && raw[0] == '@')
            {
                if (Language.WordClasses.Default.TryMask(raw[1..], out var mask))
                {
                    classes |= mask;
                }
                else
                {
                    unknown.Add(raw[1..]);
                }

                continue;
            }

            var starts = raw.StartsWith('*');
            var ends = raw.EndsWith('*') && raw.Length > 1;
            var inflect = raw.EndsWith('+');
            var core = KeyOf(raw.Trim('*', '+'));
            if (core.Length == 0)
            {
                continue;
            }

            if (starts && ends)
            {
                parts.Add(core);
            }
            else if (starts)
            {
                suffixes.Add(core);
            }
            else if (ends)
            {
                prefixes.Add(core);
            }
            else if (inflect)
            {
                exact.UnionWith(Language.Morphology.FormsOf(core).Select(KeyOf));
            }
            else
            {
                exact.Add(core);
            }
        }

        return new Term(exact, [.. prefixes], [.. suffixes], [.. parts], 0, classes, [.. unknown]);
    }

    /// <summary>Folds lexicon text the way the tokenizer folds drafts (without leetspeak).</summary>
    public static string KeyOf(string word)
    {
        if (IsKey(word))
        {
            return word;
        }

        var folded = Normalisation.NormalisedText.Create(word).Folded;
        return Normalisation.Tokenizer.MakeKey(folded, 0, folded.Length, leet: false, oneAsL: false);
    }

    // Lower-case ASCII letters and digits without a run of three equal letters fold to themselves: most lemmas and
    // forms, read at start-up, skip the folding.
    private static bool IsKey(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')) || (i >= 2 && c == word[i - 1] && c == word[i - 2] && c >= 'a'))
            {
                return false;
            }
        }

        return true;
    }

    public bool Matches(string key) => Matches(key, key.Contains('*', StringComparison.Ordinal));

    /// <summary>As <see cref="Matches(string, bool)"/>, or the word belongs to one of the term's classes.</summary>
    public bool Matches(string key, bool masked, ClassMask classes) => (Classes & classes) != 0 || Matches(key, masked);

    /// <summary>As <see cref="Matches(string)"/>, when the caller already knows whether the word is masked.</summary>
    public bool Matches(string key, bool masked)
    {
        // Most checks fail; the length range and the first letter spare hashing the word for them.
        if (key.Length >= _minExact && key.Length <= _maxExact && (_exactInitials & InitialBit(key[0])) != 0 && Exact.Contains(key))
        {
            return true;
        }

        foreach (var p in _prefixes)
        {
            if (key.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var s in _suffixes)
        {
            if (key.EndsWith(s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var p in _parts)
        {
            if (key.Contains(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return masked && MatchesMasked(key);
    }

    private static ulong InitialBit(char first) => first is >= 'a' and <= 'z' ? 1UL << (first - 'a') : 1UL << 63;

    // "f*cking", "k**t": every '*' stands for one hidden letter (or, at the end of a run, several).
    private bool MatchesMasked(string key)
    {
        foreach (var form in Exact)
        {
            if (MaskFits(key, form))
            {
                return true;
            }
        }

        foreach (var p in _prefixes)
        {
            if (key.Length >= p.Length && MaskFits(key[..p.Length], p))
            {
                return true;
            }
        }

        return false;
    }

    public static bool MaskFits(string masked, string word)
    {
        if (masked.Length != word.Length)
        {
            return false;
        }

        var hidden = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] == '*')
            {
                hidden++;
                continue;
            }

            if (masked[i] != word[i])
            {
                return false;
            }
        }

        // A mask must leave enough of the word to be sure which word it is.
        return hidden < word.Length - 1;
    }
}
