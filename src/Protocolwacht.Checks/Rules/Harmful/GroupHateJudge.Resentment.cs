namespace Protocolwacht.Checks.Rules.Harmful;

// Two stereotypes of resentment about a whole group: that it refuses to take part ("X willen zich niet
// aanpassen", "willen geen Nederlands leren") and that it has too much ("X hebben te veel macht", "krijgen veel
// te veel rechten"). Both are read only in the clause that follows the group, so "veel Syrische vrouwen willen
// graag Nederlands leren" and "ouderen hebben te veel last van eenzaamheid" stay what they are; a next clause counts
// when it opens with a pronoun that points back to the group.
internal static partial class GroupHateJudge
{
    private const int ClauseReach = 12;

    // Token k still speaks of the group: the same clause, or a next clause that opens with a pronoun pointing back
    // ("Die Chinezen krijgen alles, die hebben …", "… met die Somaliërs: ze willen …").
    private static bool SameClaim(CheckContext context, int group, int k)
    {
        if (!context.ClauseBreakBetween(group, k))
        {
            return true;
        }

        for (var j = k; j > group; j--)
        {
            if (context.ClauseBreakBetween(j - 1, j))
            {
                return (context.Classes[j] & Words.ThirdPerson) != 0 && !context.ClauseBreakBetween(j, k);
            }
        }

        return false;
    }

    // "mijn Turkse buurvrouw wil niet …": a group adjective before another noun describes one person, not the group.
    private static bool Describes(CheckContext context, Sentence s, int group)
    {
        var key = context.Tokens[group].Key;
        return group < s.Last && (key.EndsWith("se", StringComparison.Ordinal) || key.EndsWith("sche", StringComparison.Ordinal))
            && (context.Classes[group + 1] & Words.Group) == 0;
    }

    // The group, then a form of "willen", a negation and a duty verb in that order, or a duty verb beside "nooit".
    private static bool Unwilling(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (Describes(context, s, group))
        {
            return false;
        }

        var last = Math.Min(s.Last, group + ClauseReach);
        var want = -1;
        var negation = -1;
        for (var k = group + 1; k <= last && SameClaim(context, group, k); k++)
        {
            if (want < 0 && t[k].Key is "willen" or "wil" or "wilden" or "wilde")
            {
                want = k;
            }
            else if (want >= 0 && negation < 0 && (c[k] & Words.Negation) != 0 && t[k].Key is "niet" or "geen" or "nooit")
            {
                negation = k;
            }
            else if (negation >= 0 && (c[k] & Words.CivicDuty) != 0)
            {
                return true;
            }
            else if ((c[k] & Words.CivicDuty) != 0 && NeverDone(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // "X leren nooit Nederlands", "de taal leren ze toch nooit": "nooit" beside a duty verb says the group never
    // does it, unless it qualifies the way ("nooit zomaar", "nooit vanzelf", "nooit zonder hulp").
    private static bool NeverDone(CheckContext context, Sentence s, int verb)
    {
        var t = context.Tokens;
        for (var j = Math.Max(s.First, verb - 4); j <= Math.Min(s.Last, verb + 4); j++)
        {
            if (t[j].Key != "nooit" || context.ClauseBreakBetween(j, verb))
            {
                continue;
            }

            return !(j < s.Last && t[j + 1].Key is "zomaar" or "vanzelf" or "zonder" or "alleen" or "meer" or "te");
        }

        return false;
    }

    // The group, then "te veel"/"teveel" (or "meer … dan wij") and a word of power or advantage within one clause.
    private static bool Privileged(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        if (Describes(context, s, group))
        {
            return false;
        }

        var last = Math.Min(s.Last, group + ClauseReach);
        for (var k = group + 1; k <= last && SameClaim(context, group, k); k++)
        {
            var tooMuch = t[k].Key == "teveel" || (t[k].Key == "te" && k < last && t[k + 1].Key == "veel");
            if (!tooMuch || s.NegatedAt(context, k, 3))
            {
                continue;
            }

            for (var j = k + 1; j <= Math.Min(last, k + 4); j++)
            {
                if ((context.Classes[j] & Words.Privilege) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
