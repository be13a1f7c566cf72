namespace Protocolwacht.Checks.Rules;

/// <summary>
/// Finds quoted passages in the folded text (where all quotation marks are already ' or "). An
/// apostrophe inside a word (opa's) or in a contraction ('s avonds, z'n) is not a quotation mark.
/// </summary>
internal static class QuoteSpans
{
    public static List<(int Open, int Close)> Find(string folded)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c is not ('\'' or '"') || !IsOpening(folded, i))
            {
                i++;
                continue;
            }

            var close = -1;
            for (var k = i + 1; k < folded.Length && k - i <= 600; k++)
            {
                if (folded[k] == '\n' && k + 1 < folded.Length && folded[k + 1] == '\n')
                {
                    break;
                }

                if (folded[k] == c && IsClosing(folded, k))
                {
                    close = k;
                    break;
                }
            }

            if (close < 0)
            {
                i++;
                continue;
            }

            spans.Add((i, close));
            i = close + 1;
        }

        return spans;
    }

    /// <summary>
    /// The index of the first span that closes after position <paramref name="at"/> (<c>Close &gt; at</c>), or the count
    /// when none does. <see cref="Find"/> gives the spans in text order without overlap (each opens after the one before
    /// closes), so a binary search finds it: the rules ask per token and per sentence, and a scan of every span each time
    /// made a long text with many quotes quadratic.
    /// </summary>
    public static int FirstClosingAfter(List<(int Open, int Close)> spans, int at)
    {
        var low = 0;
        var high = spans.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (spans[middle].Close > at)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>The index of the span with <c>Open &lt; at &lt; Close</c>, or -1: spans do not overlap, so at most one holds a position.</summary>
    public static int Holding(List<(int Open, int Close)> spans, int at)
    {
        var i = FirstClosingAfter(spans, at);
        return i < spans.Count && spans[i].Open < at ? i : -1;
    }

    private static bool IsOpening(string s, int i)
    {
        var before = i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or ':' or '-' or '[';
        if (!before || i + 1 >= s.Length || !(char.IsLetterOrDigit(s[i + 1]) || s[i + 1] == '.'))
        {
            return false;
        }

        // Contractions: 's avonds, 't is, 'n keer.
        return !(s[i] == '\'' && i + 2 < s.Length && s[i + 1] is 's' or 't' or 'n' && !char.IsLetterOrDigit(s[i + 2]));
    }

    private static bool IsClosing(string s, int i)
    {
        var after = i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1]) || char.IsPunctuation(s[i + 1]) || char.IsSymbol(s[i + 1]) || char.IsSurrogate(s[i + 1]);
        return after && i > 0 && !char.IsWhiteSpace(s[i - 1]);
    }
}
