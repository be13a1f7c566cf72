namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-ninth pass (hate25): a group said to hang about a public place, with a stake or a judgement: "die X hangen
// alweer rond bij het station", "altijd die X die bij de supermarkt rondhangen", "X hangen alleen maar rond", "hangen
// die X weer rond …, niks beters te doen". Hate24's idleness needed the author paying for it; hanging about told as the
// group's habit ("weer", "altijd", "de hele avond") or as all it does ("alleen maar") says it of the whole group. Young
// people who hang about at a new youth centre, "fijn dat er een plek is" (praise), a few fathers chatting on the
// playground (a count) and a class meeting at the station (no verb of hanging about) stay allowed.
internal static partial class GroupHateJudge
{
    // "telkens", "steeds", "alweer", "haverklap".
    private static readonly ClassMask Habit = Language.WordClasses.Default.Mask("recurrence");

    // The verb is looked for this many words either side of the group, in the group's clause.
    private const int LoiterReach = 8;

    private static bool Loitering(CheckContext context, Sentence s, int group)
    {
        if (Counted(context, s, group))
        {
            return false;
        }

        var c = context.Classes;
        var from = group;
        while (from > s.First && from > group - LoiterReach && !context.ClauseBreakBetween(from - 1, from))
        {
            from--;
        }

        var scanned = 0;
        for (var k = from; k <= Math.Min(s.Last, group + LoiterReach) && (k <= group || !context.ClauseBreakWalked(group, k, ref scanned)); k++)
        {
            if (k != group && ((c[k] & Words.Loiter) != 0 || (context.Tokens[k].Key == "rond" && LoiterSplit(context, s, k))) && !s.NegatedAt(context, k, 4))
            {
                return Staked(context, s, from) && !Praised(context, s);
            }
        }

        return false;
    }

    // "hangen … rond", "zwerven … rond": "rond" joined to a verb up to eight words before it in its clause ("hangen alweer rond
    // bij het station").
    private static bool LoiterSplit(CheckContext context, Sentence s, int particle)
    {
        var t = context.Tokens;
        for (var v = particle - 1; v >= Math.Max(s.First, particle - 8) && !context.ClauseBreakBetween(v, v + 1); v--)
        {
            if (SplitVerb.Joins(t[particle], t[v], Words.Loiter))
            {
                return true;
            }
        }

        return false;
    }

    // "fijn dat er een plek is": a positive word no negation stands before ("niks beters te doen" is no praise).
    private static bool Praised(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        for (var j = s.First; j <= s.Last; j++)
        {
            if ((c[j] & Words.Positive) != 0 && !s.NegatedAt(context, j, 2) && (j == s.First || context.Tokens[j - 1].Key is not ("niks" or "niets")))
            {
                return true;
            }
        }

        return false;
    }

    // A stake in the clause: the habit ("weer", "alweer", "altijd", "steeds", "elke avond", "de hele dag"), all the group
    // does ("alleen maar"), or nothing better to do ("niks beters te doen"). Only in the group's clause: in "…, dat elke
    // avond open is" the evening is the centre's; and "altijd nog even" is a chat after a lesson, a moment, not a habit.
    private static bool Staked(CheckContext context, Sentence s, int from)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var j = from; j <= s.Last && (j == from || !context.ClauseBreakBetween(j - 1, j)); j++)
        {
            var key = t[j].Key;
            if ((c[j] & Habit) != 0 || key is "weer" or "beters" || (key == "altijd" && !ForAMoment(context, s, j)) || (key is "elke" or "iedere" && j < s.Last && (c[j + 1] & Words.RoutineTime) != 0)
                || (key == "hele" && j < s.Last && (c[j + 1] & DaySpan) != 0) || (key == "alleen" && j < s.Last && t[j + 1].Key == "maar"))
            {
                return true;
            }
        }

        return false;
    }

    // "altijd nog even", "altijd even": a moment's stay after something, told kindly.
    private static bool ForAMoment(CheckContext context, Sentence s, int always)
    {
        for (var j = always + 1; j <= s.Last && j <= always + 2; j++)
        {
            if (context.Tokens[j].Key is "even" or "eventjes")
            {
                return true;
            }
        }

        return false;
    }
}
