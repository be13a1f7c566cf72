namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-seventh pass (hate23): a group said to be idle at the author's expense: "waarom moeten wij opdraaien voor al die
// X die hier niets doen?", "wie betaalt dat? wij, voor X die de hele dag niksen". The protocol blocks discriminatory
// remarks also when disguised, and a question that asks why "we" pay for a whole group it calls idle says so of the
// group. Paying without idleness ("betalen statushouders ook belasting?") or idleness without the author paying is left
// to the other patterns.
internal static partial class GroupHateJudge
{
    private static bool IdleAtOurExpense(CheckContext context, List<Sentence> sentences, int si, Sentence s, int group) =>
        Idle(context, s, group) && PaidByUs(context, s, si > 0 ? sentences[si - 1] : s);

    // "de hele dag", "de hele week": a span of a day or more after "hele".
    private static readonly ClassMask DaySpan = Language.WordClasses.Default.Mask("countdown-unit");

    // After the group, in its clause or its relative clause: a word of idleness ("niksen", "lanterfanten"), or
    // "niks/niets/nooit" up to two words before a verb of doing ("die hier niets doen", "die nooit werken"). Twenty-eighth
    // pass (hate24): or a verb of sitting, lying or hanging about with a place of leisure or "de hele dag" in its clause
    // ("die lekker thuis op de bank zitten", "hangen de hele dag op straat rond"; "waarom zitten die X de hele dag thuis"
    // has the verb before the group).
    private static bool Idle(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = Math.Max(s.First, group - 3); k <= Math.Min(s.Last, group + 9); k++)
        {
            if ((c[k] & Words.Posture) != 0 && Lounging(context, s, k))
            {
                return true;
            }

            if (k <= group)
            {
                continue;
            }

            if ((c[k] & Words.Idleness) != 0)
            {
                return true;
            }

            if ((c[k] & Words.Doing) == 0)
            {
                continue;
            }

            for (var j = k - 1; j > group && j >= k - 2; j--)
            {
                if (t[j].Key is "niks" or "niets" or "nooit")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Lounging(CheckContext context, Sentence s, int posture)
    {
        // Walked out from the posture either way, stopping at a clause break, so each gap is read once.
        for (var j = posture - 1; j >= Math.Max(s.First, posture - 6) && !context.ClauseBreakBetween(j, j + 1); j--)
        {
            if (LeisureAt(context, s, j))
            {
                return true;
            }
        }

        var scanned = 0;
        for (var j = posture + 1; j <= Math.Min(s.Last, posture + 6) && !context.ClauseBreakWalked(posture, j, ref scanned); j++)
        {
            if (LeisureAt(context, s, j))
            {
                return true;
            }
        }

        return false;
    }

    // A place of leisure ("op de bank") or "de hele dag".
    private static bool LeisureAt(CheckContext context, Sentence s, int j)
    {
        var t = context.Tokens;
        return (context.Classes[j] & Words.LeisurePlace) != 0 || (t[j].Key == "hele" && j < s.Last && (context.Classes[j + 1] & DaySpan) != 0);
    }

    // A word of paying with the author's side, "wij/we/ons" or "de belastingbetaler", in the sentence or the one before
    // ("Wie betaalt dat? Wij, voor …"); a verb with its particle after it ("draaien op", "hoesten op") is read joined.
    private static bool PaidByUs(CheckContext context, Sentence s, Sentence before)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var pays = false;
        var us = false;
        for (var k = before.First; k <= s.Last; k++)
        {
            if (k > before.Last && k < s.First)
            {
                continue;
            }

            pays |= (c[k] & Words.PayVerb) != 0 || (k < s.Last && SplitVerb.Joins(t[k + 1], t[k], Words.PayVerb));
            us |= t[k].Key is "wij" or "we" or "ons" or "belastingbetaler" or "belastingbetalers";
        }

        return pays && us;
    }
}
