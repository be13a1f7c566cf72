namespace Protocolwacht.Checks.Rules;

/// <summary>
/// Finds shouting in the original text: three or more exclamation or question marks in a row, or a
/// stretch of at least three words and twelve letters written entirely in capitals.
/// </summary>
internal static class Shouting
{
    public static (int Start, int End)? Find(string text)
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
}
