namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-ninth pass (hate35): disgust said as what the group does to the author's body: "X maken me misselijk", "die X
// maken mij echt kotsmisselijk", "X maakten ons ziek". The group is the subject of "maken" in its clause, a first-person
// object follows it and a word of nausea closes it. "Dat eten maakt me misselijk" names no group; "Turkse pizza maakt me
// ziek" is a thing the judge set aside before (ThingDescribed); "ik word misselijk van X" was read already.
internal static partial class GroupHateJudge
{
    private static bool MadeSick(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        if (AdjectiveOfThing(context, s, group))
        {
            return false;
        }

        for (var m = group + 1; m <= Math.Min(s.Last - 2, group + 4) && !context.ClauseBreakBetween(group, m); m++)
        {
            if (t[m].Key is not ("maken" or "maakt" or "maakte" or "maakten" or "maak"))
            {
                continue;
            }

            for (var o = m + 1; o <= Math.Min(s.Last - 1, m + 3); o++)
            {
                if (t[o].Key is not ("me" or "mij" or "ons"))
                {
                    continue;
                }

                for (var k = o + 1; k <= Math.Min(s.Last, o + 3) && !context.ClauseBreakBetween(o, k); k++)
                {
                    if ((context.Classes[k] & Words.Nausea) != 0 && !s.NegatedAt(context, k, 4))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "Die Turkse gerechten", "Marokkaanse hapjes": a group adjective before a noun that is no person describes a thing.
    private static bool AdjectiveOfThing(CheckContext context, Sentence s, int group)
    {
        var key = context.Tokens[group].Key;
        return group < s.Last && (key.EndsWith("se", StringComparison.Ordinal) || key.EndsWith("sche", StringComparison.Ordinal))
            && (context.Classes[group + 1] & (Words.Target | Words.Group | Words.Person | Words.Human)) == 0;
    }
}
