namespace Protocolwacht.Checks.Rules;

/// <summary>
/// A quoted passage that names a work rather than reporting speech: "verslaafd aan 'Het leven van een
/// Loser'", "we lazen 'De domme draak'". It starts with a capital, stands where a noun phrase stands
/// (followed by "van" and its author's name, or after a preposition such as "aan" or "op", a reading verb or a word for a work, after
/// a colon only when a word for a work and no verb of saying comes before it, or joined by "en" to a title before it) and holds no sentence of
/// its own (no full stop, exclamation or question mark inside). Words in a title are mentioned, not used.
/// </summary>
internal static class QuotedTitle
{
    private const int MaxLength = 80;

    private static readonly ClassMask Preposition = Language.WordClasses.Default.Mask("particle");
    private static readonly ClassMask Cue = Language.WordClasses.Default.Mask("title-cue") | Language.WordClasses.Default.Mask("creative-work");
    private static readonly ClassMask Speech = Language.WordClasses.Default.Mask("claim-verb") | Language.WordClasses.Default.Mask("speech-noun") | Language.WordClasses.Default.Mask("message");

    public static bool IsTitle(CheckContext context, int open, int close)
    {
        var folded = context.Text.Folded;
        if (close - open > MaxLength || close <= open + 1)
        {
            return false;
        }

        for (var i = open + 1; i < close; i++)
        {
            if (folded[i] is '.' or '!' or '?' or ':')
            {
                return false;
            }
        }

        var (first, _) = context.Text.ToOriginal(open + 1, open + 2);
        return first < context.Request.Text.Length && char.IsUpper(context.Request.Text[first]) && (IntroducedAsNoun(context, open) || ByAuthor(context, close));
    }

    // "'Het leven van een Loser' van Jeff Kinney": the title followed by its author's name.
    private static bool ByAuthor(CheckContext context, int close)
    {
        var after = FirstPast(context.Tokens, close, byEnd: false);

        if (after + 1 >= context.Tokens.Count || context.Tokens[after].Key != "van")
        {
            return false;
        }

        var (start, _) = context.Text.ToOriginal(context.Tokens[after + 1].Start, context.Tokens[after + 1].Start + 1);
        return start < context.Request.Text.Length && char.IsUpper(context.Request.Text[start]);
    }

    // "lezen we deze weken 'X'": a reading verb or work word up to four words back in the same clause.
    private static bool CueInClause(CheckContext context, int before)
    {
        for (var k = before - 1; k >= 0 && k >= before - 4; k--)
        {
            if (context.ClauseBreakBetween(k, before))
            {
                return false;
            }

            if ((context.Classes[k] & Cue) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The word before the opening quote: a preposition ("aan", "uit"), a reading verb or a word for a work.
    private static bool IntroducedAsNoun(CheckContext context, int open)
    {
        var before = FirstPast(context.Tokens, open, byEnd: true) - 1;

        if (before < 0)
        {
            return false;
        }

        // After a colon the words before it announce what follows: a work ("Leestip voor groep 5: 'X'") or, with
        // a verb of saying, someone's words ("De juf zei over het boek: 'X'").
        if (context.Text.Folded.AsSpan(context.Tokens[before].End, open - context.Tokens[before].End).Contains(':'))
        {
            return ((context.Classes[before] & Cue) != 0 || CueInClause(context, before)) && !SpeechInClause(context, before);
        }

        return (context.Classes[before] & Preposition) != 0
            || (context.Classes[before] & Cue) != 0 || CueInClause(context, before) || AfterTitle(context, before);
    }

    // "'De Gruffalo' en 'Het leven van een Loser'": a quoted passage joined by "en" or "of" to a title is a title too.
    private static bool AfterTitle(CheckContext context, int before)
    {
        if (context.Tokens[before].Key is not ("en" or "of"))
        {
            return false;
        }

        var folded = context.Text.Folded;
        var k = context.Tokens[before].Start - 1;
        while (k >= 0 && folded[k] == ' ')
        {
            k--;
        }

        if (k < 0 || folded[k] is not ('\'' or '"'))
        {
            return false;
        }

        // The context's spans are those of the same folded text; the only one that can close at k is the first closing at or after it.
        var spans = context.QuoteSpans;
        var i = QuoteSpans.FirstClosingAfter(spans, k - 1);
        return i < spans.Count && spans[i].Close == k && IsTitle(context, spans[i].Open, spans[i].Close);
    }

    /// <summary>
    /// The first token that starts (or, <paramref name="byEnd"/>, ends) after <paramref name="position"/>, or the count. Tokens
    /// are in text order without overlap, so a binary search finds it; a walk from the first token per quoted passage made a long
    /// text with many quotes quadratic.
    /// </summary>
    private static int FirstPast(List<Normalisation.Token> tokens, int position, bool byEnd)
    {
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if ((byEnd ? tokens[middle].End : tokens[middle].Start) > position)
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

    // A verb of saying, a word for speech or a message up to four words before the colon.
    private static bool SpeechInClause(CheckContext context, int before)
    {
        for (var k = before; k >= 0 && k >= before - 4; k--)
        {
            if ((context.Classes[k] & Speech) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
