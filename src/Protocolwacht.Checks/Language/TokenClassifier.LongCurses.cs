namespace Protocolwacht.Checks.Language;

/// <summary>
/// Stop 49 (lead): curses typed wrong in ways the shorter checks do not read. A long curse (eight letters or more:
/// "godverdomme") with one letter dropped, added, replaced or two swapped ("godverdome", "godferdomme", "g0dvtrdomme")
/// is the curse when the word is no Dutch word; a curse compound whose last part lost a doubled vowel to the folding of
/// stretched letters ("kankerzoooi" → "kankerzoi", "kutweeeer" → "kutwer") is read with the vowel doubled again.
/// </summary>
internal sealed partial class TokenClassifier
{
    private const int LongCurse = 8;

    // Long curse forms only: a short curse within one edit of a word is too often another word ("kak", "kat").
    private static (string Form, ClassMask Mask)[] LongCurses((string Stem, ClassMask Mask)[] curses)
    {
        var list = new List<(string, ClassMask)>();
        foreach (var (stem, mask) in curses)
        {
            if (stem.Length >= LongCurse && IsPlainLetters(stem))
            {
                list.Add((stem, mask));
            }
        }

        return [.. list];
    }

    // One edit from a long curse; the caller has made sure the word is no dictionary word.
    private ClassMask NearCurse(string key)
    {
        if (key.Length < LongCurse - 1)
        {
            return 0;
        }

        foreach (var (form, mask) in _longCurses)
        {
            if (Math.Abs(form.Length - key.Length) <= 1 && Distance(key, form, 1) <= 1)
            {
                return mask;
            }
        }

        return 0;
    }

    // The last part of a curse compound with one single vowel doubled ("zoi" → "zooi", "wer" → "weer"), when that is a word.
    private bool RestretchedHead(ReadOnlySpan<char> head, out ClassMask mask)
    {
        Span<char> buffer = stackalloc char[head.Length + 1];
        for (var i = 0; i < head.Length; i++)
        {
            if (!IsVowel(head[i]) || (i > 0 && head[i - 1] == head[i]) || (i + 1 < head.Length && head[i + 1] == head[i]))
            {
                continue;
            }

            head[..(i + 1)].CopyTo(buffer);
            head[i..].CopyTo(buffer[(i + 1)..]);
            mask = _classes.Of(buffer) & _headClasses;
            if (mask != 0 || DictionaryWords.Contains(buffer))
            {
                return true;
            }
        }

        mask = 0;
        return false;
    }
}
