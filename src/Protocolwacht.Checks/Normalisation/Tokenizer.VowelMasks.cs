namespace Protocolwacht.Checks.Normalisation;

// Thirty-third pass (rules29): a digit or symbol written for a vowel need not be the vowel it looks like: "tyf0s" hides
// "tyfus", "k@t" hides "kut". The leetspeak key reads 0 as o, 3 as e, 4 as a and @ as a; this key masks each such
// character that stands between letters with '*', so the classifier can try the other vowels (and keeps only a curse).
// A digit at a word's edge ("K4", "mp3", "covid19") is a code or a number, never masked.
internal static partial class Tokenizer
{
    private const int MaxVowelMasks = 2;
    private const int MaxVowelMaskLength = 14;

    private static string? VowelMaskKey(string s, int start, int end, ref TokenFlags flags)
    {
        var length = end - start;
        if (length < 3 || length > MaxVowelMaskLength)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[length];
        var (n, masks, symbol) = (0, 0, false);
        for (var k = start; k < end; k++)
        {
            var c = s[k];
            if (c is '0' or '3' or '4' or '@' && k > start && k < end - 1 && IsLetterOrMask(s[k - 1]) && IsLetterOrMask(s[k + 1]))
            {
                if (++masks > MaxVowelMasks)
                {
                    return null;
                }

                symbol |= c == '@';
                buffer[n++] = '*';
                continue;
            }

            c = c switch { '1' => 'i', '5' => 's', '7' => 't', '$' => 's', '!' => 'i', _ => c };
            if (char.IsLetterOrDigit(c) || c == '*')
            {
                buffer[n++] = c;
            }
        }

        if (masks == 0)
        {
            return null;
        }

        if (symbol)
        {
            flags |= TokenFlags.VowelSymbol;
        }

        return new string(buffer[..n]);
    }

    private static bool IsLetterOrMask(char c) => char.IsLetter(c) || c is '0' or '3' or '4' or '@' or '*';
}
