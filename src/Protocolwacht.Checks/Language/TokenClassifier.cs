using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// The word classes of one token: its own forms (key, leetspeak variants), else the analysis of a
/// compound. Dutch compounds carry the meaning of their last part, so "zigeunertuig" is a dehumanising
/// word and "kankerturken" a group insulted with a curse; a first part that is a swear word makes the
/// whole a swear word only when the rest is a Dutch word (kutweer, not Kutaisi). Immutable, thread-safe.
/// </summary>
internal sealed partial class TokenClassifier
{
    private static readonly Lazy<TokenClassifier> Shared = new(() => new TokenClassifier(WordClasses.Default));

    private readonly WordClasses _classes;
    private readonly ClassMask _headClasses;
    private readonly ClassMask _curseClasses;
    private readonly ClassMask _profanityStem;
    private readonly (string Stem, ClassMask Mask)[] _curses;
    private readonly (string Form, ClassMask Mask)[]?[] _longCurses;
    // By first letter (longest stem first within each), so a word is compared only with the stems it could start with.
    private readonly Dictionary<char, (string Stem, ClassMask Mask)[]> _misspeltCurses;
    private readonly ClassMask _targetClasses;
    private readonly SuffixTrie _heads = new();
    private readonly HashSet<char> _curseInitials;
    private readonly Func<string, int, bool> _acceptFirstPart;
    private readonly Func<string, int, bool> _acceptPartsOfAWord;
    private readonly ClassMask _misspeltClasses;
    private readonly ClassMask _insultClasses;
    // Thirtieth pass (hate26): a last part shorter than this that the dictionary does not know (the slang insult "kech")
    // ends no compound: so short a string ends foreign words as often ("Marrakech" is no "marra" + "kech").
    private const int ShortestSlangHead = 5;

    // Some 25,000 strings: sized so the table is not rebuilt while it fills.
    private readonly FormTable _oneLetterShort = new(32_768);

    // The classes of words no class knows (the compound and misspelling analysis), per distinct word; see BoundedCache.
    private readonly Caching.BoundedCache<ClassMask> _unknownWords = new(UnknownWordsCached);
    private const int UnknownWordsCached = 50_000;

    // The head classes of class words that are compounds listed whole, per distinct word.
    private readonly Caching.BoundedCache<ClassMask> _listedCompounds = new(UnknownWordsCached);
    private readonly ClassMask _creativeWork;

    // Whether parts joined across a hyphen or dot make a curse ("god-ver-domme"), per distinct joined word.
    private readonly Caching.BoundedCache<bool> _curseWords = new(UnknownWordsCached);
    private readonly ClassMask _vulgarInsult;

    // Group nouns, slurs, dehumanising and insulting nouns and negative attributes by first letter, for the bounded edit
    // distance of Near.
    // Bucketed by length as well, so a word is compared only with forms it can be within reach of.
    // Within a bucket in the order the class files first name them (WordClasses.Forms): Near takes the first in reach.
    private readonly Dictionary<char, (string Form, ClassMask Mask)[]?[]> _near;
    private const int MaxNearLength = 30;
    private readonly ClassMask _dehumanising;
    private readonly ClassMask _group;
    private const string Vowels = "aeiouy";

    // Twenty-fifth pass (hate21): villains before a crowd head make a den of them ("dievennest", "boevenhol"); a place where
    // a group lives after the group names the group ("asielzoekerscentrum", "Marokkanenwijk").
    private readonly ClassMask _villain;
    private readonly ClassMask _dwelling;
    private readonly ClassMask _collectiveHead;
    private readonly ClassMask _slur;

    // Twenty-ninth pass (hate25): group words whose diminutive is no scorn: a group's signs and houses, and
    // `plain-diminutive` ("vrouwtje", "chineesje").
    private readonly ClassMask _notScorned;
    private readonly ClassMask _plainDiminutive;

    private TokenClassifier(WordClasses classes)
    {
        _classes = classes;
        _profanityStem = classes.Mask("profanity-stem");
        _curseClasses = _profanityStem | classes.Mask("disease-curse");
        _creativeWork = classes.Mask("creative-work");
        _headClasses = HeadClasses(classes, _curseClasses);
        var storyHead = classes.Mask("story-head");
        var fiction = classes.Mask("fiction");
        // The curses' forms and their curse classes; sorted as strings below. Strings, not a List of (string, ClassMask)
        // pairs: the list's and its sort's generic code over that value type was compiled at run time on every start.
        var curseStems = new List<string>();
        var curseMasks = new FormTable();
        // A word of its own only ("ieren"): compounds ending in its letters are other words ("kopiëren").
        var wholeWord = classes.Mask("whole-word");
        for (var f = 0; f < classes.Forms.Count; f++)
        {
            var (form, mask) = (classes.Forms.FormAt(f), classes.Forms.MaskAt(f));
            if ((mask & _curseClasses) != 0 && form.Length >= 3)
            {
                curseStems.Add(form);
                curseMasks.Add(form, mask & _curseClasses);
            }

            if ((mask & _headClasses) != 0 && form.Length >= 3 && (mask & wholeWord) == 0)
            {
                _heads.Add(form, (mask & storyHead) != 0 ? (mask & _headClasses) | fiction : mask & _headClasses);
            }
        }

        // Group nouns, slurs and evaluations with one letter dropped ("marokanen", "zuiprs"), for hate written with a letter missing.
        _insultClasses = classes.Mask("vulgar-insult") | classes.Mask("insult-noun");
        // Twenty-fifth pass (hate21): the evaluation misspelt too ("zuiprs", "agterlijk"), not only the group it is said of.
        // Twenty-ninth pass (hate25): and a group's houses and signs ("synagoges", "moskees"), which name the group.
        _misspeltClasses = classes.Mask("protected-group") | classes.Mask("slur") | classes.Mask("dehumanising")
            | classes.Mask("negative-attribute") | classes.Mask("insult-noun") | classes.Mask("group-sign") | classes.Mask("house-of-prayer");
        for (var f = 0; f < classes.Forms.Count; f++)
        {
            var (form, mask) = (classes.Forms.FormAt(f), classes.Forms.MaskAt(f));
            if ((mask & _misspeltClasses) != 0 && form.Length >= 7)
            {
                for (var i = 0; i < form.Length; i++)
                {
                    var shorter = string.Concat(form.AsSpan(0, i), form.AsSpan(i + 1));
                    _oneLetterShort.Add(shorter, mask & _misspeltClasses);
                }
            }
        }

        _near = NearForms(classes, _misspeltClasses);

        _dehumanising = classes.Mask("dehumanising");
        _villain = classes.Mask("villain");
        _dwelling = classes.Mask("dwelling");
        _collectiveHead = classes.Mask("collective-head");
        _vulgarInsult = classes.Mask("vulgar-insult");
        _group = classes.Mask("protected-group");
        _slur = classes.Mask("slur");
        _plainDiminutive = classes.Mask("plain-diminutive");
        _notScorned = classes.Mask("group-sign") | _plainDiminutive;
        curseStems.Sort(LongestFirst);
        _curses = new (string, ClassMask)[curseStems.Count];
        for (var i = 0; i < _curses.Length; i++)
        {
            _curses[i] = (curseStems[i], curseMasks.Of(curseStems[i]));
        }

        _longCurses = LongCurses(_curses);

        // A curse of five letters or more with one inner letter dropped ("kankr", "tyfs"), unless that is a word.
        _targetClasses = classes.Mask("protected-group") | classes.Mask("slur") | classes.Mask("person") | classes.Mask("school-person");
        var misspelt = new FormTable();
        foreach (var (stem, mask) in _curses)
        {
            for (var i = 1; stem.Length >= 5 && i < stem.Length; i++)
            {
                var shorter = string.Concat(stem.AsSpan(0, i), stem.AsSpan(i + 1));
                if (classes.Of(shorter) == 0 && !DictionaryWords.IsWordOrInflection(shorter.AsSpan()))
                {
                    misspelt.Add(shorter, mask);
                }

                // One vowel written as another ("kenker", "tyfes"): spoken spellings of the same curse.
                foreach (var vowel in Vowels)
                {
                    if (!Vowels.Contains(stem[i]) || stem[i] == vowel)
                    {
                        continue;
                    }

                    var other = stem[..i] + vowel + stem[(i + 1)..];
                    if (classes.Of(other) == 0 && !DictionaryWords.IsWordOrInflection(other.AsSpan()))
                    {
                        misspelt.Add(other, mask);
                    }
                }
            }
        }

        _misspeltCurses = ByInitial(misspelt);
        _curseInitials = [];
        foreach (var (stem, _) in _curses)
        {
            _curseInitials.Add(stem[0]);
        }

        _acceptFirstPart = (key, length) =>
        {
            var first = key.AsSpan(0, key.Length - length);
            return first.Length >= 3 && (_classes.Of(first) != 0 || DictionaryWords.IsWordOrInflection(first) || (first[^1] == 's' && DictionaryWords.IsWordOrInflection(first[..^1])))
                && (length >= ShortestSlangHead || DictionaryWords.IsWordOrInflection(key.AsSpan(key.Length - length)));
        };
        _acceptPartsOfAWord = (key, length) => DictionaryWords.Contains(key.AsSpan(key.Length - length)) && _acceptFirstPart(key, length);
    }

    public static TokenClassifier Default => Shared.Value;

    // Longest stem first, then in ordinal order (stems are distinct, so the order is total). A comparison of strings
    // rather than LINQ's OrderBy/ThenBy/GroupBy or a sort of (string, ClassMask) pairs: those are generic over a value
    // type of the check, which ReadyToRun cannot precompile across assemblies, and compiling their methods at start-up
    // (and running the sort as unoptimised code) cost more than the sort; the framework's sort of strings is precompiled.
    private static int LongestFirst(string a, string b) =>
        a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b);

    // By first letter, then longest first: sorted so, the stems of one initial are a run in LongestFirst's order.
    private static int ByInitialLongestFirst(string a, string b) =>
        a[0] != b[0] ? a[0].CompareTo(b[0]) : LongestFirst(a, b);

    // The stems grouped by first letter, each group longest first.
    private static Dictionary<char, (string Stem, ClassMask Mask)[]> ByInitial(FormTable stems)
    {
        var sorted = new string[stems.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = stems.FormAt(i);
        }

        Array.Sort(sorted, ByInitialLongestFirst);
        var byInitial = new Dictionary<char, (string Stem, ClassMask Mask)[]>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end][0] == sorted[start][0])
            {
                end++;
            }

            var group = new (string Stem, ClassMask Mask)[end - start];
            for (var i = start; i < end; i++)
            {
                group[i - start] = (sorted[i], stems.Of(sorted[i]));
            }

            byInitial[sorted[start][0]] = group;
            start = end;
        }

        return byInitial;
    }

    // Group nouns, slurs, dehumanising and insulting nouns and negative attributes of five to MaxNearLength plain letters,
    // by first letter and length, each bucket in the order the class files first name them. Counted first and then
    // filled, so the buckets are arrays: a List of (string, ClassMask) pairs had its generic code compiled at run time.
    private static Dictionary<char, (string Form, ClassMask Mask)[]?[]> NearForms(WordClasses classes, ClassMask misspeltClasses)
    {
        var counts = new Dictionary<char, int[]>();
        for (var f = 0; f < classes.Forms.Count; f++)
        {
            var form = classes.Forms.FormAt(f);
            if (IsNearForm(form, classes.Forms.MaskAt(f), misspeltClasses))
            {
                if (!counts.TryGetValue(form[0], out var byLength))
                {
                    counts[form[0]] = byLength = new int[MaxNearLength + 1];
                }

                byLength[form.Length]++;
            }
        }

        var near = new Dictionary<char, (string Form, ClassMask Mask)[]?[]>();
        var filled = new Dictionary<char, int[]>();
        for (var f = 0; f < classes.Forms.Count; f++)
        {
            var (form, mask) = (classes.Forms.FormAt(f), classes.Forms.MaskAt(f));
            if (IsNearForm(form, mask, misspeltClasses))
            {
                if (!near.TryGetValue(form[0], out var byLength))
                {
                    near[form[0]] = byLength = new (string, ClassMask)[]?[MaxNearLength + 1];
                    filled[form[0]] = new int[MaxNearLength + 1];
                }

                var at = filled[form[0]][form.Length]++;
                (byLength[form.Length] ??= new (string, ClassMask)[counts[form[0]][form.Length]])[at] = (form, mask & misspeltClasses);
            }
        }

        return near;
    }

    private static bool IsNearForm(string form, ClassMask mask, ClassMask misspeltClasses) =>
        (mask & misspeltClasses) != 0 && form.Length is >= 5 and <= MaxNearLength && IsPlainLetters(form);

    public WordClasses Classes => _classes;

    public ClassMask Classify(in Token token)
    {
        var mask = _classes.Of(token.Key);
        if (token.AltKey is not null)
        {
            mask |= _classes.Of(token.AltKey);
        }

        if (token.RawKey is not null)
        {
            mask |= _classes.Of(token.RawKey);
        }

        if (mask == 0 && token.Has(TokenFlags.Masked))
        {
            return Unmasked(token.Key);
        }

        // Thirty-fourth pass (hate30): "haaat" is squeezed to "hat"; the double vowel it was stretched from is read back.
        mask |= mask == 0 && token.Has(TokenFlags.Stretched) ? Restretched(token.Key) : 0;

        // Thirty-third pass (rules29): "tyf0s", "k@tdag": a digit or '@' hiding another vowel than its look-alike, read only as a
        // curse. A digit counts when its own reading is no word ("k0t" is "kot", a shed); '@' always, no word is spelt with it.
        if (token.VowelMaskKey is not null && (mask & _curseClasses) == 0
            && (token.Has(TokenFlags.VowelSymbol) || (mask == 0 && !DictionaryWords.Contains(token.Key))))
        {
            // Thirty-fifth pass (hate31): a group or slur hidden so ("j@den", "m@r0kk@nen" where '@' is no 'a') counts as well.
            var curse = Unmasked(token.VowelMaskKey) & (_curseClasses | (mask == 0 ? _group | _slur : 0));
            if (curse != 0)
            {
                return mask | curse;
            }
        }

        // Thirty-fifth pass (hate31): "hoomoo's": a group or slur with several letters doubled, no word of its own.
        mask |= mask == 0 && !token.Has(TokenFlags.HexLike) ? AllUndoubled(token.Key) : 0;

        // "Marokkaantjes": a diminutive the group's class lists is scorn as well (the unknown ones are read in Unknown).
        if ((mask & _group) != 0 && (mask & _slur) == 0 && EndsInDiminutive(token.Key))
        {
            mask |= ScornfulDiminutive(token.Key);
        }

        // Thirtieth pass (hate26): "het wijfje van de hamster": a slur's diminutive that has a meaning of its own
        // (`plain-diminutive`) is that word, though the slur's forms list it.
        if ((mask & _slur) != 0 && (mask & _plainDiminutive) != 0 && EndsInDiminutive(token.Key))
        {
            mask &= ~_slur;
        }

        // "kutwijven" is a vulgar insult and, by its first part, a curse too.
        if ((mask & _insultClasses) != 0 && (mask & _curseClasses) == 0 && token.Key.Length >= 6)
        {
            return mask | (Compound(token.Key) & _curseClasses);
        }

        // A code of hex characters ("7ad7a5", a ticket or colour) read as leetspeak is a word only when it spells a
        // class word exactly ("d3b1e1"); through compounds or misspellings random codes would spell insults.
        if (mask == 0 && token.Has(TokenFlags.HexLike) && token.RawKey is not null)
        {
            return HexWord(token);
        }

        // "voorleesboek" is listed whole as fiction, and is a book by its last part as well.
        if (mask != 0 && (mask & _headClasses) == 0 && token.Key.Length >= 8 && !token.Has(TokenFlags.HexLike))
        {
            return mask | _listedCompounds.GetOrAdd(token.Key, this, static (self, key) => self.ListedCompound(key));
        }

        if (mask != 0 || token.Key.Length < 5 || !token.Has(TokenFlags.Letters) || token.Has(TokenFlags.HexLike))
        {
            return mask;
        }

        return _unknownWords.GetOrAdd(token.Key, this, static (self, key) => self.Unknown(key));
    }

    // A story listed whole in a class the dictionary does not know ("voorleesboek" in fiction) is a work by its last part
    // too, like any other compound of "boek". Only the work: "basisschool" is listed as a topic and is not the own school
    // a complaint names, so the other head classes are not taken over.
    private ClassMask ListedCompound(string key) => DictionaryWords.Contains(key) ? 0 : Head(key) & _creativeWork;

    // A word no class knows: a compound, a crowd, or a misspelt class word. Depends on the key alone, so it is cached.
    private ClassMask Unknown(string key)
    {
        var diminutive = ScornfulDiminutive(key);
        if (diminutive != 0)
        {
            return diminutive;
        }

        if (key.Length < 6)
        {
            return Misspelt(key);
        }

        var mask = Compound(key) | Collective(key) | Dwelling(key);
        return mask != 0 ? mask : Misspelt(key);
    }

    private static bool IsPlainLetters(string form)
    {
        foreach (var ch in form)
        {
            if (ch is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the word is a curse or a vulgar insult (used to join "god-ver-domme").</summary>
    public bool IsCurse(string key) => _curseWords.GetOrAdd(key, this, static (self, k) =>
        ((self._classes.Of(k) | (k.Length >= 6 ? self.Compound(k) : 0)) & (self._curseClasses | self._vulgarInsult)) != 0);

    /// <summary>
    /// True when the word names a protected group or is a slur, as written (used to join "tu.rken", "j.o.d.e.n"); no
    /// compound or misspelling, so parts split by dots join only into a word the classes list.
    /// </summary>
    public bool IsGroupWord(string key) => (_classes.Of(key) & (_group | _slur)) != 0;
}
