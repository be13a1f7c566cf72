using System.Buffers;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// Finds shouting in the original text: three or more exclamation or question marks in a row, or a
/// stretch of at least three words and twelve letters written entirely in capitals.
/// </summary>
internal static class Shouting
{
    // ASCII that is neither a capital nor a '!' or '?': a text of these alone cannot shout, and one vectorised search
    // skips them, where the walk below looks at every character.
    private static readonly SearchValues<char> Quiet = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not ((>= 'A' and <= 'Z') or '!' or '?'))));

    public static (int Start, int End)? Find(string text) => MayShout(text) ? Walk(text) : null;

    /// <summary>The walk over every character that finds the shouting; <see cref="Find"/> spares it to texts that cannot shout.</summary>
    internal static (int Start, int End)? Walk(string text)
    {
        var capsStart = -1;
        var capsLetters = 0;
        var capsWords = 0;
        var inWord = false;
        var wordAllCaps = true;
        var wordLetters = 0;
        var wordStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '!' or '?' && i + 2 < text.Length && text[i + 1] is '!' or '?' && text[i + 2] is '!' or '?')
            {
                var e = i;
                while (e < text.Length && text[e] is '!' or '?')
                {
                    e++;
                }

                return (i, e);
            }

            if (char.IsLetter(c))
            {
                if (!inWord)
                {
                    inWord = true;
                    wordAllCaps = true;
                    wordLetters = 0;
                    wordStart = i;
                }

                wordLetters++;
                if (!char.IsUpper(c))
                {
                    wordAllCaps = false;
                }

                continue;
            }

            if (inWord)
            {
                inWord = false;
                if (wordAllCaps && wordLetters >= 2)
                {
                    if (capsStart < 0)
                    {
                        capsStart = wordStart;
                    }

                    capsWords++;
                    capsLetters += wordLetters;
                    if (capsWords >= 3 && capsLetters >= 12)
                    {
                        return (capsStart, i);
                    }
                }
                else if (wordLetters >= 2)
                {
                    capsStart = -1;
                    capsWords = 0;
                    capsLetters = 0;
                }
            }
        }

        return inWord && wordAllCaps && capsStart >= 0 && capsWords + 1 >= 3 && capsLetters + wordLetters >= 12 ? (capsStart, text.Length) : null;
    }

    /// <summary>
    /// Whether the text has two capitals in a row or two marks in a row: shouting needs one or the other (an all-capital
    /// word of two letters or more, or three marks), so a text without either is answered without the walk.
    /// </summary>
    internal static bool MayShout(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyExcept(Quiet); i >= 0 && i + 1 < text.Length; i++)
        {
            var (c, next) = (text[i], text[i + 1]);
            if ((char.IsUpper(c) && char.IsUpper(next)) || (c is '!' or '?' && next is '!' or '?'))
            {
                return true;
            }

            var skip = text[(i + 1)..].IndexOfAnyExcept(Quiet);
            if (skip < 0)
            {
                return false;
            }

            i += skip;
        }

        return false;
    }
}
