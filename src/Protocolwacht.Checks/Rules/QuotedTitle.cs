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
        // A run of titles joined by "en" or "of" is walked back one title at a time in a loop, not recursively: a long
        // run ("'A' en 'B' en 'C' …") nested a call per title and could overflow the stack. The answer for every passage
        // walked is the same, so it is kept for the check: asking each passage of a run of n would otherwise walk n²/2.
        var spans = context.QuoteSpans;
        var asked = QuoteSpans.FirstClosingAfter(spans, close - 1);
        var answers = asked < spans.Count && spans[asked].Open == open && spans[asked].Close == close ? context.TitleAnswers : null;
        var k = asked;
        bool title;
        while (true)
        {
            if (answers is not null && answers[k] != 0)
            {
                title = answers[k] > 0;
                break;
            }

            if (!Shaped(context, open, close))
            {
                title = false;
                break;
            }

            if (IntroducedAsNoun(context, open) || ByAuthor(context, close))
            {
                title = true;
                break;
            }

            var previous = TitleJoinedBefore(context, open);
            if (previous < 0)
            {
                title = false;
                break;
            }

            // The passage before a joining "en" is the span right before this one; anything else keeps no answers.
            answers = previous == k - 1 ? answers : null;
            (open, close) = spans[previous];
            k = previous;
        }

        for (var j = k; answers is not null && j <= asked; j++)
        {
            answers[j] = title ? (sbyte)1 : (sbyte)-1;
        }

        return title;
    }

    // Short, no sentence of its own inside, and starting with a capital.
    private static bool Shaped(CheckContext context, int open, int close)
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
        return first < context.Request.Text.Length && char.IsUpper(context.Request.Text[first]);
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

        return (context.Classes[before] & Preposition) != 0 || (context.Classes[before] & Cue) != 0 || CueInClause(context, before);
    }

    // "'De Gruffalo' en 'Het leven van een Loser'": a quoted passage joined by "en" or "of" to a quoted passage before it
    // is a title when that one is; the index of the passage before, or -1. After a colon the words before it announce
    // what follows, so no title before the colon is asked.
    private static int TitleJoinedBefore(CheckContext context, int open)
    {
        var before = FirstPast(context.Tokens, open, byEnd: true) - 1;
        if (before < 0 || context.Tokens[before].Key is not ("en" or "of")
            || context.Text.Folded.AsSpan(context.Tokens[before].End, open - context.Tokens[before].End).Contains(':'))
        {
            return -1;
        }

        var folded = context.Text.Folded;
        var k = context.Tokens[before].Start - 1;
        while (k >= 0 && folded[k] == ' ')
        {
            k--;
        }

        if (k < 0 || folded[k] is not ('\'' or '"'))
        {
            return -1;
        }

        // The context's spans are those of the same folded text; the only one that can close at k is the first closing at or after it.
        var spans = context.QuoteSpans;
        var i = QuoteSpans.FirstClosingAfter(spans, k - 1);
        return i < spans.Count && spans[i].Close == k ? i : -1;
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
