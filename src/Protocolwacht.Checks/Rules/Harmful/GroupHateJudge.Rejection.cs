namespace Protocolwacht.Checks.Rules.Harmful;

// Rejection of a group as people: a feeling aimed at it ("haat X", "walg van X"), not bearing it, denying its
// humanity ("geen echte mensen") or its right to live ("verdienen het niet om te leven").
internal static partial class GroupHateJudge
{
    // The feeling's object is the group: right after the verb ("haat X", "walg van X", "hekel aan al die X"),
    // or a pronoun after it when the group came first ("X? Ik haat ze."), and not "het" ("ik haat het als …").
    private static bool FeltTowards(CheckContext context, Sentence s, int k, int group)
    {
        var t = context.Tokens;
        if (NegationAfter(context, s, k, 3) >= 0 || s.NegatedAt(context, k, 3))
        {
            return false;
        }

        // Thirty-fourth pass (hate30): "ik haat ze, die X": the pronoun right after the verb, the group put after it.
        if (group > k && group - k <= 5 && t[k + 1].Key is "ze" or "hen")
        {
            return true;
        }

        if (group > k && group - k <= 5)
        {
            var governed = false;
            for (var j = k + 1; j < group; j++)
            {
                // Thirty-ninth pass (hate35): "een hekel aan geweld tegen X", "een afkeer van pesten van X": a second
                // preposition names what the feeling is aimed at, done to the group ("walg echt van die X" has one).
                var preposition = t[j].Key is "aan" or "tegen" or "jegens" or "van" or "op" or "over" or "door" or "bij" or "met" or "voor";
                if (t[j].Key is "het" or "als" or "dat" or "wanneer" or "hoe" or "wat" || context.ClauseBreakBetween(k, j) || (preposition && governed))
                {
                    return false;
                }

                governed |= preposition;
            }

            return true;
        }

        return group < k && k < s.Last && t[k + 1].Key is "ze" or "hen" or "die";
    }

    // "uitstaan", "luchten": with a negation, cannot bear someone.
    private static bool Endured(CheckContext context, int k) => context.Tokens[k].Key is "uitstaan" or "luchten" or "verdragen" or "velen";

    // "geen mensen", "geen echte mensen" after the group and a copula; twenty-seventh pass (hate23): any word for a human
    // ("geen volwaardige burgers"), worth denied ("zijn minder waard", "zijn toch niks meer waard") and the group not
    // counted ("tellen gewoon niet mee").
    private static bool HumanityDenied(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var human = (context.Classes[k] & Words.Human) != 0 && k - 1 >= s.First
            && (t[k - 1].Key == "geen" || (k - 2 >= s.First && t[k - 2].Key == "geen" && t[k - 1].Key is "echte" or "normale" or "volwaardige" or "gewone"));
        return ((human || WorthDenied(context, s, k)) && new Sentence(s.First, k).Has(context.Classes, Words.Copula)) || NotCounted(context, s, k);
    }

    // "minder waard", "weinig waard", "niks/niets (meer) waard", unless the degree is itself denied ("niet minder waard").
    private static bool WorthDenied(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key != "waard" || k - 1 < s.First)
        {
            return false;
        }

        var degree = t[k - 1].Key == "meer" && k - 2 >= s.First ? k - 2 : k - 1;
        return t[degree].Key is "minder" or "weinig" or "niks" or "niets" && !s.NegatedAt(context, degree, 3);
    }

    // "X tellen (gewoon) niet (meer) mee": a form of "tellen" and a negation before "mee" in its clause.
    private static bool NotCounted(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key != "mee")
        {
            return false;
        }

        for (var j = k - 1; j >= s.First && j >= k - 5 && !context.ClauseBreakBetween(j, k); j--)
        {
            if (t[j].Key is "tellen" or "telt" or "telden" or "telde")
            {
                return NegationAfter(context, s, j, k - j) is var not and >= 0 && not < k;
            }
        }

        return false;
    }

    // "verdienen het niet om te leven", "mogen niet bestaan".
    private static bool LifeDenied(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key is not ("leven" or "bestaan") || k - 1 < s.First || t[k - 1].Key != "te" && t[k - 1].Key is not ("niet" or "nooit") && !s.NegatedAt(context, k, 6))
        {
            return false;
        }

        for (var j = s.First; j < k; j++)
        {
            if (t[j].Key is "verdienen" or "verdient" or "mogen" or "mag" && NegationAfter(context, s, j, 4) is var not and >= 0 && not < k)
            {
                return true;
            }
        }

        return false;
    }
}
