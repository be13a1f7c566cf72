using System.Text;

namespace Protocolwacht.Checks.Normalisation;

/// <summary>
/// Splits folded text into <see cref="Token"/>s and sentences with one hand-written pass (no regex in
/// the hot path). Single letters separated by dots, spaces or dashes ("k.u.t", "k u t") are joined into
/// one token so a split-up word is matched as a word.
/// </summary>
internal static partial class Tokenizer
{
    // Tokens are gathered in this thread's list and copied out at their exact count: a capacity guessed from the
    // text's length was about twice the tokens a post has, and the check keeps its list to the end.
    [ThreadStatic]
    private static List<Token>? t_scratch;

    public static List<Token> Tokenize(NormalisedText text)
    {
        var folded = text.Folded;
        var tokens = t_scratch ??= new List<Token>(256);
        tokens.Clear();
        var keys = ThreadKeys;
        var sentence = 0;
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsWordChar(folded, i))
            {
                if (IsSentenceEnd(folded, i))
                {
                    sentence++;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && IsWordChar(folded, i))
            {
                i++;
            }

            tokens.Add(Build(keys, text, start, i, sentence));
        }

        var owned = new List<Token>(tokens);
        if (tokens.Capacity > 4096)
        {
            // A very long text's tokens are not kept for the next post.
            t_scratch = null;
        }

        return RekeyChatArticle(text, JoinClippedPossessives(text, JoinHyphenated(text, JoinSplitCurses(text, JoinSpacedLetters(text, owned)))));
    }

    // "burn-out", "e-mailadres", "wc-borstel": the first part of a hyphenated word also carries the whole
    // word as its alternative key, so lexicons and word classes that write it without the hyphen match.
    private static List<Token> JoinHyphenated(NormalisedText text, List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var a = tokens[i];
            var b = tokens[i + 1];
            if (a.AltKey is null && b.Start - a.End == 1 && text.Folded[a.End] == '-' && a.Has(TokenFlags.Letters) && b.Has(TokenFlags.Letters) && a.Sentence == b.Sentence)
            {
                tokens[i] = a with { AltKey = a.Key + b.Key };
            }
        }

        return tokens;
    }

    // "GoD-VeR-DoMMe", "klo-te": parts of a curse split by single hyphens or dots are one word again.
    // Only joined when the whole is a curse, so "Noord-Holland" and "e-mail" stay as they are.
    private static List<Token> JoinSplitCurses(NormalisedText text, List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var end = i;
            var key = tokens[i].Key;
            while (end + 1 < tokens.Count && end - i < 4 && tokens[end + 1].Start - tokens[end].End == 1 && text.Folded[tokens[end].End] is '-' or '.' or '_'
                && !IsCode(text, tokens[end]) && !IsCode(text, tokens[end + 1]))
            {
                end++;
                key += tokens[end].Key;
                // Twenty-sixth pass (hate22): a group or slur split by dots ("tu.rken", "j.o.d.e.n") is the word too; a
                // hyphen joins only curses, since "Marokkaans-Nederlandse" is two words that each say what they say.
                if (Language.TokenClassifier.Default.IsCurse(key) || (DotsOnly(text, tokens, i, end) && Language.TokenClassifier.Default.IsGroupWord(key)))
                {
                    var first = tokens[i];
                    tokens[i] = first with { End = tokens[end].End, Key = key, AltKey = null, RawKey = null, VowelMaskKey = null, Flags = first.Flags | TokenFlags.Joined };
                    tokens.RemoveRange(i + 1, end - i);
                    break;
                }
            }
        }

        return tokens;
    }

    // Thirty-third pass (rules29): "K4-kast", "A3-papier": a capital or a letter or two with a number after it is a code
    // (a paper size, a cupboard, a type), whose digit is no disguised vowel; read as leetspeak "K4-kast" spelt "kakast".
    private static bool IsCode(NormalisedText text, Token token) =>
        token.Has(TokenFlags.Digits) && char.IsDigit(text.Folded[token.End - 1]) && (token.Has(TokenFlags.Capitalised) || token.End - token.Start <= 2);

    // Every gap between tokens i and end is a dot or an underscore.
    private static bool DotsOnly(NormalisedText text, List<Token> tokens, int i, int end)
    {
        for (var j = i; j < end; j++)
        {
            if (text.Folded[tokens[j].End] is not ('.' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(string s, int i)
    {
        var c = s[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // "sh!t": an exclamation mark between two letters is a leetspeak i.
        if (c == '!')
        {
            return i > 0 && i + 1 < s.Length && char.IsLetter(s[i - 1]) && char.IsLetter(s[i + 1]);
        }

        // Masks and leetspeak symbols only count inside a word: "f*ck", "h@l", "kl$$t".
        if (c is '*' or '@' or '$')
        {
            var before = i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is '*' or '$');
            var after = i + 1 < s.Length && (char.IsLetterOrDigit(s[i + 1]) || s[i + 1] is '*' or '$');

            // "$hit": a dollar sign may also start a word; '@' may not (handles like @school stay apart).
            return (before && after) || (c == '$' && after && i + 1 < s.Length && char.IsLetter(s[i + 1]));
        }

        return false;
    }

    private static bool IsSentenceEnd(string s, int i)
    {
        var c = s[i];
        if (c == '\n')
        {
            return true;
        }

        if (c is '.' or '!' or '?')
        {
            return i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1]) || s[i + 1] is '"' or '\'' or ')';
        }

        return false;
    }

    private static Token Build(string?[] keys, NormalisedText text, int start, int end, int sentence)
    {
        var flags = TokenFlags.None;
        var folded = text.Folded;
        int letters = 0, digits = 0;
        for (var k = start; k < end; k++)
        {
            var c = folded[k];
            if (char.IsLetter(c))
            {
                flags |= TokenFlags.Letters;
                letters++;
            }
            else if (char.IsDigit(c))
            {
                flags |= TokenFlags.Digits;
                digits++;
            }
            else if (c == '*')
            {
                flags |= TokenFlags.Masked;
            }

            if (k - start >= 2 && char.IsLetter(c) && folded[k - 1] == c && folded[k - 2] == c)
            {
                flags |= TokenFlags.Stretched;
            }
        }

        var original = text.Original;
        var first = text.StartOf(start);
        if (first < original.Length && char.IsUpper(original[first]))
        {
            flags |= TokenFlags.Capitalised;
        }

        // "#d3b1e1": a hex code right after '#' is a colour or reference, never a disguised word.
        var leet = letters > 0 && (digits > 0 || HasSymbol(folded, start, end)) && !IsHexCode(folded, start, end, letters, digits)
            && !(start > 0 && folded[start - 1] == '#' && AllHex(folded, start, end));
        if (leet)
        {
            flags |= TokenFlags.Leet;
            if (AllHex(folded, start, end))
            {
                flags |= TokenFlags.HexLike;
            }
        }

        var key = MakeKey(keys, folded, start, end, leet, oneAsL: false);
        string? alt = null;
        if (leet && folded.AsSpan(start, end - start).Contains('1'))
        {
            alt = MakeKey(keys, folded, start, end, leet, oneAsL: true);
        }

        // Cyrillic у looks like y but stands in for u in a disguised word ("kут", "fуck").
        if (alt is null && key.Contains('y', StringComparison.Ordinal) && original.AsSpan(text.StartOf(start), text.EndOf(end - 1) - text.StartOf(start)).IndexOfAny('\u0443', '\u0423') >= 0)
        {
            alt = key.Replace('y', 'u');
        }

        var raw = leet ? MakeKey(keys, folded, start, end, leet: false, oneAsL: false) : null;
        var masked = leet && (flags & TokenFlags.HexLike) == 0 ? VowelMaskKey(folded, start, end, ref flags) : null;
        return new Token(start, end, key, alt, sentence, flags) { RawKey = raw == key ? null : raw, VowelMaskKey = masked };
    }

    // A reference, order or colour code ("a44450", "7a1a50"): hexadecimal characters only, mostly digits. Read as
    // leetspeak it could become a word ("aaaaso" → "aso"); a word written with digits ("k4nk3r", "1d10t3n", "d3b1e1")
    // has other letters or at least as many letters as digits.
    private static bool IsHexCode(string s, int start, int end, int letters, int digits)
    {
        if (end - start < 5 || digits <= letters)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiHexDigitLower(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllHex(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiHexDigitLower(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSymbol(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (s[k] is '@' or '$' or '!')
            {
                return true;
            }
        }

        return false;
    }

    private static List<Token> JoinSpacedLetters(NormalisedText text, List<Token> tokens)
    {
        List<Token>? result = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var runEnd = i;
            if (tokens[i].Key.Length == 1)
            {
                while (runEnd + 1 < tokens.Count && tokens[runEnd + 1].Key.Length == 1 && IsSeparatorGap(text.Folded, tokens[runEnd].End, tokens[runEnd + 1].Start))
                {
                    runEnd++;
                }
            }

            var count = runEnd - i + 1;
            if (count >= 3 && CountLetters(tokens, i, runEnd) >= 2)
            {
                result ??= tokens.GetRange(0, i);
                var key = new StringBuilder(count);
                for (var k = i; k <= runEnd; k++)
                {
                    key.Append(tokens[k].Key);
                }

                var first = tokens[i];
                var flags = TokenFlags.Joined | (first.Flags & TokenFlags.Capitalised);
                for (var k = i; k <= runEnd; k++)
                {
                    flags |= tokens[k].Flags & (TokenFlags.Letters | TokenFlags.Digits);
                }

                result.Add(new Token(first.Start, tokens[runEnd].End, key.ToString(), null, first.Sentence, flags));
                i = runEnd + 1;
                continue;
            }

            if (result is not null)
            {
                for (var k = i; k <= runEnd; k++)
                {
                    result.Add(tokens[k]);
                }
            }

            i = runEnd + 1;
        }

        return result ?? tokens;
    }

    private static int CountLetters(List<Token> tokens, int from, int to)
    {
        var n = 0;
        for (var k = from; k <= to; k++)
        {
            if (char.IsLetter(tokens[k].Key[0]))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsSeparatorGap(string s, int from, int to)
    {
        var gap = to - from;
        if (gap is < 1 or > 2)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (s[k] is not (' ' or '.' or '-' or '_' or '/' or '*' or '+' or '|'))
            {
                return false;
            }
        }

        return true;
    }
}
