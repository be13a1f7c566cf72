namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class ThreatJudge
{
    // Twenty-second pass: a body part of someone else pulled, twisted or knocked out by the author, whatever the verb of
    // force and wherever the particle stands: "ik trek die vrouw haar haren eruit", "draai ik zijn nek om", "zijn oren trek
    // ik eraf", "sla ik zijn tanden uit zijn mond", "schop zijn benen onder zijn lijf vandaan". Read: the author ("ik",
    // "we"), a `force-verb` in the clause of another's possessive before a `body-part`, and a `torn-off` particle after the
    // part in that clause (or "uit/van/onder" + possessive + part). The author's own part ("ik draai mijn nek bijna om"),
    // a thing pulled ("trekken de brandnetels eruit") and the past of a weak verb ("rukte", "draaide") are no threat.
    private static bool PartTorn(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!s.Has(c, Words.FirstPerson))
        {
            return PartBrokenPassive(context, s);
        }

        for (var j = s.First; j < s.Last; j++)
        {
            if (!(((c[j] & Words.OthersPossessive) != 0 && (c[j + 1] & Words.BodyPart) != 0) || ArticlePartOfSomeone(context, s, j)) || s.NegatedAt(context, j, 5))
            {
                continue;
            }

            // "Draai je hoofd even om": an imperative with "je" is the addressee's own head.
            if (ForceNear(context, s, j) && TornAfter(context, s, j + 1) && !(context.Tokens[j].Key is "je" or "jouw" or "uw" && (context.Classes[s.First] & Words.ForceVerb) != 0))
            {
                return true;
            }
        }

        return PartBrokenPassive(context, s);
    }

    // A present verb of force in the possessive's clause, before or after it ("ik trek …", "… trek ik eraf").
    private static bool ForceNear(CheckContext context, Sentence s, int possessive)
    {
        for (var k = Math.Max(s.First, possessive - 6); k <= Math.Min(s.Last, possessive + 6); k++)
        {
            var key = context.Tokens[k].Key;
            if ((context.Classes[k] & Words.ForceVerb) != 0 && !context.ClauseBreakBetween(Math.Min(k, possessive), Math.Max(k, possessive))
                && !key.EndsWith("de", StringComparison.Ordinal) && !key.EndsWith("te", StringComparison.Ordinal) && !key.StartsWith("ge", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A particle of removal later in the part's clause: "haren eruit", "nek om", "tanden uit zijn mond".
    private static bool TornAfter(CheckContext context, Sentence s, int part)
    {
        for (var j = part + 1; j <= s.Last && j <= part + 6; j++)
        {
            if (context.ClauseBreakBetween(part, j))
            {
                return false;
            }

            // "… eruit", or "van/onder" + a possessive + a body part: "zijn oren van zijn hoofd", "benen onder zijn lijf vandaan".
            if ((context.Classes[j] & Words.TornOff) != 0
                || (context.Tokens[j].Key is "van" or "onder" && j + 2 <= s.Last && (context.Classes[j + 1] & Words.OthersPossessive) != 0 && (context.Classes[j + 2] & Words.BodyPart) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-third pass: "ik ruk die meester het haar uit zijn hoofd", "sla die vent de tanden uit de mond", "draai die
    // stagiair de nek om", "die buurman trek ik één voor één de nagels eruit": an article before the part, with the person
    // it belongs to named before it in its clause (a person word, a name, "hem"). "Ik kam de meisjes het haar" has no verb of force; "de kinderen de laarzen uit" no body part.
    private static bool ArticlePartOfSomeone(CheckContext context, Sentence s, int j)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (t[j].Key is not ("de" or "het") || !((c[j + 1] & Words.BodyPart) != 0 || (t[j].Key == "het" && t[j + 1].Key == "haar")))
        {
            return false;
        }

        for (var m = j - 1; m >= s.First && m >= j - 8 && !context.ClauseBreakBetween(m, j); m--)
        {
            if ((c[m] & (Words.Target | Words.SecondPerson)) != 0 || t[m].Key is "hem" or "mens" || context.PersonStartsAt(m))
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-third pass: "volgende keer worden zijn vingers stuk voor stuk gebroken": the passive future of a force verb's
    // participle on another's body part, with a condition, a near time or an assurance and someone it is aimed at. Told
    // in the past ("werden … gebroken") it is history.
    private static bool PartBrokenPassive(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        var t = context.Tokens;
        // The sentence's own questions only for one with another's body part in it (perf29): they scan the sentence, and
        // most sentences have none.
        if (!s.Has(c, Words.OthersPossessive) || !s.Has(c, Words.BodyPart)
            || Past(context, s) || !(Conditional(context, s) || Soon(context, s) || Assured(context, s)) || !Someone(context, s))
        {
            return false;
        }

        for (var j = s.First; j < s.Last; j++)
        {
            if ((c[j] & Words.OthersPossessive) == 0 || (c[j + 1] & Words.BodyPart) == 0)
            {
                continue;
            }

            var passive = false;
            for (var m = Math.Max(s.First, j - 2); m <= s.Last && m <= j + 7 && !context.ClauseBreakBetween(Math.Min(m, j), Math.Max(m, j)); m++)
            {
                passive |= t[m].Key is "worden" or "wordt";
                if (passive && m > j + 1 && (c[m] & Words.ForceVerb) != 0 && t[m].Key.StartsWith("ge", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
