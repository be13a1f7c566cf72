namespace Protocolwacht.Checks.Rules;

/// <summary>
/// A quoted passage that names a work rather than reporting speech: "verslaafd aan 'Het leven van een
/// Loser'", "we lazen 'De domme draak'". It starts with a capital, stands where a noun phrase stands
/// (followed by "van" and its author's name, or after a preposition such as "aan" or "op", a reading verb or a word for a work, not after a colon) and holds no sentence of
/// its own (no full stop, exclamation or question mark inside). Words in a title are mentioned, not used.
/// </summary>
internal static class QuotedTitle
{
    private const int MaxLength = 80;

    private static readonly ClassMask Preposition = Language.WordClasses.Default.Mask("particle");
    private static readonly ClassMask Cue = Language.WordClasses.Default.Mask("title-cue") | Language.WordClasses.Default.Mask("creative-work");

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
        var after = 0;
        while (after < context.Tokens.Count && context.Tokens[after].Start <= close)
        {
            after++;
        }

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
        var before = -1;
        for (var k = 0; k < context.Tokens.Count && context.Tokens[k].End <= open; k++)
        {
            before = k;
        }

        if (before < 0 || context.Text.Folded.AsSpan(context.Tokens[before].End, open - context.Tokens[before].End).Contains(':'))
        {
            return false;
        }

        return (context.Classes[before] & Preposition) != 0
            || (context.Classes[before] & Cue) != 0 || CueInClause(context, before);
    }
}
