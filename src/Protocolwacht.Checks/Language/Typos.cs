using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// Typing slips in real posts: a word that is no Dutch word but becomes one with two neighbouring letters
/// swapped ("onderwjis", "praktjik") or one letter left out ("zienkenhuis", "possitief") gets that word as
/// its alternative key, so lexicons and word classes read the word that was meant. Only plain words of six
/// to sixteen letters that no class knows are tried; each try is one dictionary lookup, no allocation
/// unless a reading is found.
/// </summary>
internal static class Typos
{
    private const int MinLength = 6;

    // Mended endings are read from four letters on ("eige", "moete"), a doubled last letter from three ("aff"); shorter
    // words are too often something else.
    private const int MinSpokenLength = 4;
    private const int MaxLength = 16;

    // Readings per distinct word (most words have none, and asking costs up to thirty dictionary lookups).
    private static readonly Caching.BoundedCache<string?> Known = new(50_000);

    public static void AddReadings(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.AltKey is null && t.RawKey is null && (t.Flags & ~TokenFlags.Capitalised) == TokenFlags.Letters
                && MayHaveReading(t.Key) && Known.GetOrAdd(t.Key, 0, static (_, key) => ReadingOfUnknown(key)) is { } reading)
            {
                tokens[i] = t with { AltKey = reading };
            }
        }
    }

    // Whether ReadingOfUnknown can find anything for the key, by its length and ending alone: below six letters only a
    // spoken ending (e, t or d from four letters on) or a doubled last letter can be mended. Most short words are
    // neither, and this spares hashing them for the cache.
    internal static bool MayHaveReading(string key)
    {
        if (key.Length is < 3 or > MaxLength)
        {
            return false;
        }

        if (key.Length >= MinLength)
        {
            return true;
        }

        var last = key[^1];
        return (key.Length >= MinSpokenLength && last is 'e' or 't' or 'd') || last == key[^2];
    }

    // The reading of a word that is no class word and no dictionary word; null for those, and when none is near.
    // The spoken reading is asked before the inflection check, which reads "moete" as "moet" plus an adjective ending.
    internal static string? ReadingOfUnknown(string key)
    {
        if (WordClasses.Default.Of(key) != 0 || DictionaryWords.Contains(key))
        {
            return null;
        }

        return SpokenReading(key) ?? (key.Length >= MinLength && !DictionaryWords.IsWordOrInflection(key) ? Reading(key) : null);
    }

    // Endings as people type them: spoken Dutch drops the n of "-en" ("ze moete terug naar hun eige land"), the final
    // d and t sound the same ("ik vermoort je", "kapod"), and a last letter is easily typed twice ("aff", "kapott").
    // A word that is none, but is one with its ending mended, reads as that word.
    private static string? SpokenReading(string key)
    {
        var last = key[^1];
        var mended = last switch
        {
            'e' when key.Length >= MinSpokenLength => string.Concat(key, "n"),
            't' when key.Length >= MinSpokenLength => string.Concat(key.AsSpan(0, key.Length - 1), "d"),
            'd' when key.Length >= MinSpokenLength => string.Concat(key.AsSpan(0, key.Length - 1), "t"),
            _ => null,
        };
        // Thirty-seventh pass (hate33): a d/t slip is read as the inflected verb too ("flikkerd" as "flikkert"), before the
        // dropped-letter reading, which made "flikkerd" the slur "flikker".
        if (mended is not null && (DictionaryWords.Contains(mended) || (last is 'd' or 't' && DictionaryWords.IsWordOrInflection(mended))))
        {
            return mended;
        }

        return key.Length >= 3 && last == key[^2] && DictionaryWords.Contains(key.AsSpan(0, key.Length - 1)) ? key[..^1] : null;
    }

    /// <summary>The dictionary word one swap of neighbours or one dropped letter away, or null.</summary>
    public static string? Reading(string key)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var word = buffer[..key.Length];
        for (var i = 0; i + 1 < key.Length; i++)
        {
            if (key[i] == key[i + 1])
            {
                continue;
            }

            key.AsSpan().CopyTo(word);
            (word[i], word[i + 1]) = (word[i + 1], word[i]);
            if (DictionaryWords.Contains(word))
            {
                return new string(word);
            }
        }

        var shorter = buffer[..(key.Length - 1)];
        for (var i = 0; i < key.Length; i++)
        {
            // Dropping either letter of a pair gives the same word: try it once.
            if (i > 0 && key[i] == key[i - 1])
            {
                continue;
            }

            key.AsSpan(0, i).CopyTo(shorter);
            key.AsSpan(i + 1).CopyTo(shorter[i..]);
            if (DictionaryWords.Contains(shorter))
            {
                return new string(shorter);
            }
        }

        return null;
    }
}
