namespace Protocolwacht.Checks.Language;

/// <summary>
/// Misspelt class words: a word that is no Dutch word but a group noun, slur, dehumanising noun, insulting noun or
/// negative attribute typed with a letter dropped, doubled, swapped or replaced, or in a chat spelling, gets the classes
/// of the word it misspells.
/// </summary>
internal sealed partial class TokenClassifier
{
    // A word that is no Dutch word but a group noun or slur with one letter dropped, doubled or swapped in:
    // "marokanen", "vluchtelinggen", "muslims" → the classes of the word it misspells.
    private ClassMask Misspelt(string key)
    {
        // Group nouns are short; a joined run of letters ("k u t k u t …") is not worth a quadratic search.
        if (key.Length < 5 || key.Length > 30)
        {
            return 0;
        }

        // Chat endings first: the dictionary reads "homos" as "homo" plus an ending, which says nothing about its class.
        var chat = ChatEnding(key);
        if (chat != 0)
        {
            return chat;
        }

        if (key.Length < 6)
        {
            return DictionaryWords.IsWordOrInflection(key) ? 0 : Spoken(key) | Near(key);
        }

        // A letter typed twice: "vluchtelinggen" (the dictionary would read it as an inflection).
        for (var i = 1; i < key.Length; i++)
        {
            if (key[i] == key[i - 1])
            {
                var doubled = _classes.Of(string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1))) & _misspeltClasses;
                if (doubled != 0)
                {
                    return doubled;
                }
            }
        }

        // A curse with a letter doubled ("tyffus", "kankker", "kankkerweer"): the curse, unless the word itself is in
        // the dictionary (the inflection check would read many of them as a word and an ending).
        var isWord = (bool?)null;
        for (var i = 1; i < key.Length; i++)
        {
            if (key[i] != key[i - 1] || (isWord ??= DictionaryWords.Contains(key)))
            {
                continue;
            }

            var curse = Undoubled(string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1))) & _curseClasses;
            if (curse != 0)
            {
                return curse;
            }
        }

        if (DictionaryWords.IsWordOrInflection(key) || EndingSlip(key))
        {
            return 0;
        }

        if (_oneLetterShort.Of(key) is var dropped && dropped != 0)
        {
            return dropped;
        }

        Span<char> buffer = stackalloc char[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(buffer);
            key.AsSpan(i + 1).CopyTo(buffer[i..]);
            var shorter = buffer[..(key.Length - 1)];
            var exact = _classes.Of(shorter) & _misspeltClasses;
            if (exact != 0 && shorter.Length >= 6)
            {
                return exact;
            }

            // One letter swapped: both have the same one-letter-shorter form.
            if (_oneLetterShort.Of(shorter) is var swapped && swapped != 0 && key.Length >= 7)
            {
                return swapped;
            }
        }

        var spoken = Spoken(key);
        if (spoken != 0)
        {
            return spoken;
        }

        var near = Near(key);
        return near != 0 ? near : NearCurse(key);
    }

    // Thirty-seventh pass (hate33): a verb with its d and t mixed up ("flikkerd", "flikkerdt" for "flikkert": the lamp
    // flickers) is that ordinary word, not the slur one letter from it. Only a mended word no misspelt class holds.
    private bool EndingSlip(string key)
    {
        var last = key[^1];
        if (last is not ('d' or 't'))
        {
            return false;
        }

        // The verb's stem before the ending: "flikker" of "flikkerd", "flikkerdt"; its infinitive must be a dictionary
        // word ("flikkeren"), the third person ("flikkert") no word of a misspelt class.
        var stem = key.AsSpan(0, key.Length - (key.EndsWith("dt", StringComparison.Ordinal) ? 2 : 1));
        var mended = string.Concat(stem, last == 'd' || key.EndsWith("dt", StringComparison.Ordinal) ? "t" : "d");
        return stem.Length >= 4 && (DictionaryWords.IsWordOrInflection(mended) || DictionaryWords.Contains(string.Concat(stem, "en")))
            && (_classes.Of(mended) & _misspeltClasses) == 0;
    }

    // The word with its doubled letter written once: a curse, or a compound that starts with one ("kankkerweer").
    private ClassMask Undoubled(string key)
    {
        var mask = _classes.Of(key);
        return mask != 0 || key.Length < 6 ? mask : Compound(key);
    }

    // Endings as people type them in chat, read only where the written form names a group, slur or dehumanising noun:
    // a plural of a word ending in a vowel without its apostrophe ("homos" for "homo's"), the final n of "-en" left
    // out as spoken Dutch does ("turke", "parasiete"), or its e ("vluchtelingn").
    private ClassMask ChatEnding(string key)
    {
        // A word the dictionary has as it is keeps its meaning ("Lesbos", the island).
        if (key.Length < 5 || DictionaryWords.Contains(key))
        {
            return 0;
        }

        var last = key[^1];
        if (last == 's' && IsVowel(key[^2]))
        {
            // Thirty-fourth pass (hate30): "homoos" spells "homo's" with the vowel doubled as an open syllable's plural is.
            var plural = _classes.Of(key.AsSpan(0, key.Length - 1)) & _misspeltClasses;
            return plural != 0 || key[^3] != key[^2] ? plural : _classes.Of(key.AsSpan(0, key.Length - 2)) & _misspeltClasses;
        }

        if (last == 'e' && !IsVowel(key[^2]))
        {
            return _classes.Of(string.Concat(key, "n")) & _misspeltClasses;
        }

        // Thirty-ninth pass (hate35): five letters are enough ("turkn" → "turken"): only a group or slur is looked up.
        if (last == 'n' && !IsVowel(key[^2]))
        {
            return _classes.Of(string.Concat(key.AsSpan(0, key.Length - 1), "en")) & _misspeltClasses;
        }

        return 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // Chat spellings of an ending in words the dictionary does not know: a plural "-s" after a consonant, "-uh" for
    // "-en" ("vrouwuh"). A vowel plural without its apostrophe ("homos") is ChatEnding's.
    private ClassMask Spoken(string key)
    {
        if (key[^1] == 's' && key.Length >= 5)
        {
            var singular = _classes.Of(key.AsSpan(0, key.Length - 1)) & _misspeltClasses;
            if (singular != 0)
            {
                return singular;
            }
        }

        if (key.EndsWith("uh", StringComparison.Ordinal) && key.Length >= 6)
        {
            return _classes.Of(string.Concat(key.AsSpan(0, key.Length - 2), "en")) & _misspeltClasses;
        }

        return 0;
    }

    // A group noun, slur, dehumanising or insulting noun or negative attribute within a bounded edit distance (one edit for five to seven
    // letters, two for longer words; an edit is a letter dropped, added, replaced or two neighbours swapped),
    // with the same first letter (or c for k and k for c). Only words that are no dictionary word get here, so real words keep their meaning.
    private ClassMask Near(string key)
    {
        var near = Near(key, key[0]);

        // Twenty-fifth pass (hate21): c and k sound alike at the start ("kriminelen", "krimineel"); the other initial
        // is tried too, its replacement counted as one of the edits.
        return near != 0 || key[0] is not ('c' or 'k') ? near : Near(key, key[0] == 'c' ? 'k' : 'c');
    }

    private ClassMask Near(string key, char initial)
    {
        if (!_near.TryGetValue(initial, out var byLength))
        {
            return 0;
        }

        var limit = key.Length >= 8 ? 2 : 1;
        for (var length = Math.Max(5, key.Length - limit); length <= Math.Min(MaxNearLength, key.Length + limit); length++)
        {
            if (byLength[length] is not { } candidates || (length >= 8 ? 2 : 1) < limit)
            {
                continue;
            }

            foreach (var (form, mask) in candidates)
            {
                if (Distance(key, form, limit) <= limit)
                {
                    return mask;
                }
            }
        }

        return 0;
    }

    // Optimal string alignment distance, stopped as soon as every path exceeds the limit.
    internal static int Distance(string a, string b, int limit)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                best = Math.Min(best, value);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
