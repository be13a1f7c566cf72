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
    // Bucketed by length (within a bucket in the order of the curses, longest first and then ordinal), so a word is
    // compared only with the forms of its own length and one more or less: NearCurse walks the buckets longest first,
    // so it finds the same first curse in reach as a walk over all of them would.
    private static (string Form, ClassMask Mask)[]?[] LongCurses((string Stem, ClassMask Mask)[] curses)
    {
        var longest = 0;
        foreach (var (stem, _) in curses)
        {
            longest = Math.Max(longest, stem.Length);
        }

        var counts = new int[longest + 1];
        foreach (var (stem, _) in curses)
        {
            if (stem.Length >= LongCurse && IsPlainLetters(stem))
            {
                counts[stem.Length]++;
            }
        }

        var byLength = new (string Form, ClassMask Mask)[]?[longest + 1];
        var filled = new int[longest + 1];
        foreach (var (stem, mask) in curses)
        {
            if (stem.Length >= LongCurse && IsPlainLetters(stem))
            {
                (byLength[stem.Length] ??= new (string, ClassMask)[counts[stem.Length]])[filled[stem.Length]++] = (stem, mask);
            }
        }

        return byLength;
    }

    // One edit from a long curse; the caller has made sure the word is no dictionary word.
    private ClassMask NearCurse(string key)
    {
        if (key.Length < LongCurse - 1)
        {
            return 0;
        }

        for (var length = Math.Min(key.Length + 1, _longCurses.Length - 1); length >= key.Length - 1; length--)
        {
            if (_longCurses[length] is not { } forms)
            {
                continue;
            }

            foreach (var (form, mask) in forms)
            {
                if (WithinOneEdit(key, form))
                {
                    return mask;
                }
            }
        }

        return 0;
    }

    // Distance(a, b, 1) <= 1 without its table: equal, or equal but for one letter replaced, two neighbours swapped, or
    // one letter more in one of them.
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length)
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i));
        }

        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
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
