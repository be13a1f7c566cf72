using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// Class words in disguise: a hex-like token whose 1s stand for i or l ("d3b1e1"), and a word with stars for vowels
/// ("k*t", "m*slims"); each reading gets the classes of the word it hides.
/// </summary>
internal sealed partial class TokenClassifier
{
    // A hex-like token with each '1' read as i or l on its own ("d3b1e1" → "debiel"): the exact class words only,
    // never a compound or misspelling, so random codes do not become insults. The tokenizer's leetspeak folding gives
    // the all-i reading (Key) and the all-l reading (AltKey); the mixed readings take each 1 from either (at most four).
    private ClassMask HexWord(in Token token)
    {
        var (key, alt) = (token.Key, token.AltKey);
        if (alt is null || alt.Length != key.Length)
        {
            return 0;
        }

        Span<int> ones = stackalloc int[4];
        var count = 0;
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != alt[i])
            {
                if (count == ones.Length)
                {
                    return 0;
                }

                ones[count++] = i;
            }
        }

        Span<char> reading = stackalloc char[key.Length];
        ClassMask mask = 0;
        for (var choice = 1; choice < (1 << count) - 1; choice++)
        {
            key.AsSpan().CopyTo(reading);
            for (var j = 0; j < count; j++)
            {
                if ((choice & (1 << j)) != 0)
                {
                    reading[ones[j]] = alt[ones[j]];
                }
            }

            mask |= _classes.Of(reading);
        }

        return mask;
    }

    // "k*t", "f*cking", "k*tclown": each star hides a vowel; the curse classes of any reading count.
    private ClassMask Unmasked(string key)
    {
        var stars = 0;
        foreach (var ch in key)
        {
            stars += ch == '*' ? 1 : 0;
        }

        if (stars is 0 or > 2 || key.Length - stars < 2)
        {
            return 0;
        }

        var mask = ClassMask.Zero;
        Span<char> buffer = stackalloc char[key.Length];
        foreach (var a in "aeiou")
        {
            foreach (var b in "aeiou")
            {
                var n = 0;
                foreach (var ch in key)
                {
                    buffer[n++] = ch != '*' ? ch : (n == key.IndexOf('*', StringComparison.Ordinal) + 1 ? a : b);
                }

                var reading = new string(buffer[..n]);
                var found = _classes.Of(reading);
                mask |= (found != 0 ? found : reading.Length >= 6 ? Compound(reading) : 0) & (_curseClasses | _headClasses);
                if (stars == 1)
                {
                    break;
                }
            }
        }

        // Twenty-sixth pass (hate22): a group or slur masked the same way ("m*slims", "j*den") is the group.
        return (mask & (_curseClasses | _vulgarInsult | _group | _slur)) != 0 ? mask : 0;
    }

    // A stretched word whose key is no class word ("hat" from "haaat", "ne" from "neee"): each single vowel doubled again,
    // the first reading that is a class word counts. Only whole class words, never a compound or a misspelling, so a
    // stretched ordinary word does not become one.
    private ClassMask Restretched(string key)
    {
        if (key.Length is < 2 or > 20)
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[key.Length + 1];
        for (var i = 0; i < key.Length; i++)
        {
            if (!IsVowel(key[i]) || (i > 0 && key[i - 1] == key[i]) || (i + 1 < key.Length && key[i + 1] == key[i]))
            {
                continue;
            }

            key.AsSpan(0, i + 1).CopyTo(buffer);
            key.AsSpan(i).CopyTo(buffer[(i + 1)..]);
            var mask = _classes.Of(buffer);
            if (mask != 0)
            {
                return mask;
            }
        }

        return 0;
    }

    // Thirty-fifth pass (hate31): a group word or slur disguised by doubling several letters ("hoomoo", "joodden" with
    // "oo" read as in "jood" too is not asked): all doubles squeezed at once, read as a group or slur only, and only for a
    // key that is no dictionary word ("boos", "meer" stay themselves). One doubled letter is Misspelt's ("vluchtelinggen").
    private ClassMask AllUndoubled(string key)
    {
        if (key.Length is < 4 or > 24 || DictionaryWords.IsWordOrInflection(key))
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[key.Length];
        var n = 0;
        var pairs = 0;
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && key[i] == key[i - 1] && char.IsLetter(key[i]))
            {
                pairs++;
                continue;
            }

            buffer[n++] = key[i];
        }

        return pairs < 2 ? 0 : _classes.Of(buffer[..n]) & (_group | _slur);
    }
}
