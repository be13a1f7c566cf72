namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-seventh pass (hate23): a group told where it belongs, and so that it does not belong here: "X horen thuis in hun
// eigen land", "X horen in Marokko, niet hier" (the group's own country, named by the group word's stem, or any place
// set against here), and "volgens mij horen X gewoon niet in dit land" (the verb before the group after an opening
// phrase, the negation after it). A team that "hoort bij de top", a club that "hoort in de eredivisie", things that
// "horen in de kast" name no group, and "X horen er ook bij" says where they belong without sending them away.
internal static partial class GroupHateJudge
{
    private static bool BelongsElsewhere(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        for (var k = Math.Max(s.First, group - 3); k <= Math.Min(s.Last, group + 4); k++)
        {
            if (k == group || t[k].Key is not ("horen" or "hoort" or "thuishoren" or "thuishoort") || context.ClauseBreakBetween(group, k))
            {
                continue;
            }

            if ((k < group && BelongingDeniedAfter(context, s, k, group)) || ElsewhereAfter(context, s, group, k))
            {
                return true;
            }
        }

        return false;
    }

    // "(volgens mij) horen X gewoon niet in dit land": the verb opens the clause after a phrase of opinion, the group
    // follows it and the negation the group; a question that opens with the verb or "waarom" asks rather than says.
    private static bool BelongingDeniedAfter(CheckContext context, Sentence s, int verb, int group)
    {
        var t = context.Tokens;
        if (verb == s.First || t[s.First].Key is "waarom" or "hoe" or "sinds")
        {
            return false;
        }

        var not = NegationAfter(context, s, group, 4);
        return not >= 0 && !NegatedVice(context, s, not) && !(not < s.Last && t[not + 1].Key is "alleen" or "altijd");
    }

    // After the group, up to three words past the verb ("X horen (gewoon) thuis in …", "dat X in Algerije horen"): "in/naar"
    // a place that is the group's own ("hun eigen land"), its country by the group word's stem ("Marokkanen … in
    // Marokko"), or any place set against here by "niet hier", "niet in Nederland", "niet in onze straat".
    private static bool ElsewhereAfter(CheckContext context, Sentence s, int group, int verb)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var p = Math.Min(group, verb) + 1; p <= Math.Min(s.Last - 1, Math.Max(group, verb) + 3); p++)
        {
            if (t[p].Key is not ("in" or "naar"))
            {
                continue;
            }

            for (var j = p + 1; j <= Math.Min(s.Last, p + 3); j++)
            {
                if (t[j].Key == "eigen" && j < s.Last && (c[j + 1] & Words.Homeland) != 0)
                {
                    return true;
                }
            }

            if (t[p + 1].Key != t[group].Key && (c[p + 1] & Words.Group) == 0 && t[p + 1].Key.Length > 4 && Stem(t[p + 1].Key) == Stem(t[group].Key))
            {
                return true;
            }

            return HereDenied(context, s, p + 1);
        }

        return false;
    }

    // ", niet hier", "en niet in Nederland", "niet in onze straat": here denied within a few words of the place.
    private static bool HereDenied(CheckContext context, Sentence s, int from)
    {
        var t = context.Tokens;
        for (var n = from; n <= Math.Min(s.Last - 1, from + 5); n++)
        {
            if (t[n].Key != "niet")
            {
                continue;
            }

            return t[n + 1].Key == "hier" || PlaceOfOurs(context, s, n + 1)
                || (n + 2 <= s.Last && t[n + 1].Key is "in" or "naar" && (context.Classes[n + 2] & Words.Homeland) != 0);
        }

        return false;
    }

    // Thirty-fourth pass (hate30): "de papegaai van de Bulgaarse buren hoort in een kooi": a group after "van" owns the
    // subject; where the subject belongs says nothing of the group.
    private static bool Possessor(CheckContext context, Sentence s, int group) =>
        (group - 1 >= s.First && context.Tokens[group - 1].Key == "van") || (group - 2 >= s.First && context.Tokens[group - 2].Key == "van");
}
