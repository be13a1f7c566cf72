namespace Protocolwacht.Checks.Rules;

/// <summary>
/// Thirty-ninth pass (school35): one course set against another in a sentence of what ought to be: "Geld moet naar de
/// klas, niet naar nog meer managers", "Kinderen moeten buiten spelen, niet de hele dag achter een scherm zitten", "Het
/// tekort vraagt om hogere salarissen en niet om grotere klassen". A verb of obligation (<c>obligation</c>), then after a
/// comma "niet" (or "en niet") and more words: the author weighs two choices, which is an opinion (R6 for a leader). An
/// arrangement of time or place ("moeten om 8 uur binnen zijn, niet om half 9", "moet dinsdag, niet woensdag") is a
/// practical instruction, not a view: a digit or a day or part of a day in the sentence keeps it one.
/// </summary>
internal static class ContrastedCourse
{
    private static readonly ClassMask Obligation = Language.WordClasses.Default.Mask("obligation");
    private static readonly ClassMask RoutineTime = Language.WordClasses.Default.Mask("routine-time");

    /// <summary>The span of the contrasted sentence, or null.</summary>
    public static (int Start, int End)? Find(CheckContext context)
    {
        if ((context.PostClasses & Obligation) == 0)
        {
            return null;
        }

        var t = context.Tokens;
        var obliged = -1;
        for (var k = 0; k < t.Count; k++)
        {
            if (k > 0 && t[k].Sentence != t[k - 1].Sentence)
            {
                obliged = -1;
            }

            if ((context.Classes[k] & Obligation) != 0)
            {
                obliged = k;
                continue;
            }

            if (obliged < 0 || t[k].Key != "niet" || !ContrastOpens(context, k) || k + 1 >= t.Count || t[k + 1].Sentence != t[k].Sentence)
            {
                continue;
            }

            if (!Practical(context, t[k].Sentence))
            {
                var (start, _) = context.SpanOf(obliged, obliged);
                var (_, end) = context.SpanOf(k + 1, k + 1);
                return (start, end);
            }
        }

        return null;
    }

    // ", niet …" or ", en niet …": the comma before the negation (or before "en" just before it).
    private static bool ContrastOpens(CheckContext context, int k)
    {
        var t = context.Tokens;
        var at = k >= 1 && t[k - 1].Key == "en" && t[k - 1].Sentence == t[k].Sentence ? k - 1 : k;
        return at >= 1 && t[at - 1].Sentence == t[at].Sentence && t[at].Start > t[at - 1].End
            && context.Text.Folded.AsSpan(t[at - 1].End, t[at].Start - t[at - 1].End).Contains(',');
    }

    private static bool Practical(CheckContext context, int sentence)
    {
        foreach (var token in context.Tokens)
        {
            // A digit, or the words of a clock time ("om half negen", "kwart over").
            if (token.Sentence == sentence && (char.IsAsciiDigit(token.Key[0]) || token.Key is "half" or "kwart"))
            {
                return true;
            }
        }

        return PersonalDataJudges.Nearby.InSentence(context, sentence, RoutineTime);
    }
}
