namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-eighth pass (hate24): a group's houses of prayer or signs closed, banned or pulled down: "gooi al die moskeeën
// dicht", "verbied die hoofddoeken", "die keppeltjes moeten verboden worden", "weg met die synagogen", "boerka's en
// hoofddoeken verbieden". Discrimination aimed at what a group prays in or wears is aimed at the group, so the pattern
// needs no group word. It needs an order (the verb opens the clause, or its particle ends it: "gooi … dicht"), a duty
// ("moeten", "zouden") or the author's will, or a slogan (the signs, then the infinitive); or belonging denied to it ("ik
// vind dat moskeeën hier niet thuishoren"). A mosque that "is dicht wegens
// een verbouwing", a church that "gaat sluiten", a rule on caps, a visit, and "wie moskeeën wil sluiten, …" (a clause
// that opens with "wie", "als" or "dat" tells of someone else) are no call.
internal static partial class GroupHateJudge
{
    // The clause of a sign is looked at this many words either side.
    private const int ClosingReach = 8;

    /// <summary>The first sign of a group the sentence calls to close or ban, or -1.</summary>
    private static int PlaceClosed(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Words.GroupSign) != 0 && !context.IsMention(k) && (Slogan(context, s, k) || ClosedBy(context, s, k)))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool ClosedBy(CheckContext context, Sentence s, int sign)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var from = sign;
        while (from > s.First && from > sign - ClosingReach && !context.ClauseBreakBetween(from - 1, from))
        {
            from--;
        }

        var to = sign;
        while (to < s.Last && to < sign + ClosingReach && !context.ClauseBreakBetween(to, to + 1))
        {
            to++;
        }

        // "Wie moskeeën wil sluiten, …", "Het is een verlies dat de moskee moet sluiten": a clause that opens before the sign
        // with "wie", "als" or "dat" tells of someone else or of a fact, unless the author's opinion opens it ("ik vind dat …").
        for (var j = from; j < sign; j++)
        {
            if (t[j].Key is "wie" or "als" or "omdat" or "toen" or "nadat" or "zodat" || (t[j].Key == "dat" && !OpinionOpens(context, s, j)))
            {
                return false;
            }
        }

        // "moskeeën horen hier niet (thuis)", "hoofddoeken zijn hier niet welkom": belonging denied to a sign.
        for (var j = from; j <= to; j++)
        {
            if (j != sign && t[j].Key is "horen" or "hoort" or "thuishoren" or "thuishoort" or "welkom"
                && (s.NegatedAt(context, j, 4) || NegationAfter(context, s, j, 3) >= 0))
            {
                return true;
            }
        }

        var closure = -1;
        var duty = -1;
        var author = false;
        var passive = false;
        for (var j = from; j <= to; j++)
        {
            // "dicht wegens een verbouwing", "vanwege brandgevaar": a reason of its own closes a building, not a group's place.
            if (t[j].Key is "wegens" or "vanwege" or "tijdens")
            {
                return false;
            }

            var will = t[j].Key is "willen" or "wil";
            if (duty < 0 && (will || t[j].Key is "moeten" or "moet" or "zouden" or "zou"))
            {
                duty = j;
            }

            // "ik wil …", "willen wij …": the author's will only when "ik/we/wij" is the will verb's subject, not "ze willen me …".
            author |= will && ((j > from && t[j - 1].Key is "ik" or "we" or "wij") || (j < to && t[j + 1].Key is "ik" or "we" or "wij"));
            passive |= t[j].Key is "worden" or "wordt" or "word" or "dicht";
            if (closure < 0 && j != sign && (c[j] & Words.ClosureVerb) != 0)
            {
                closure = j;
            }
        }

        // Twenty-ninth pass (hate25): "Gooi die synagogen maar plat": a particle that ends the clause and joins the opening
        // verb into a closing verb, though the particle alone is none.
        if (closure < 0 && to > from && OrderJoined(context, to, from))
        {
            closure = to;
        }

        if (closure < 0)
        {
            return false;
        }

        // Twenty-ninth pass (hate25): "Waarom gooien we die synagogen niet gewoon dicht?": a question why "we" do not close
        // them proposes it; its negation is the question's, not a refusal.
        if (Proposed(context, s, from, to, sign))
        {
            return true;
        }

        if (s.NegatedAt(context, closure, 4))
        {
            return false;
        }

        // "De kerk in ons dorp moet helaas sluiten": a place that is the duty's subject closes of itself with an active
        // "sluiten"; it is closed by someone only in the passive ("moet gesloten worden") or with "dicht" ("moet dicht").
        // Twenty-ninth pass (hate25): not when a person is the subject before it ("dat we hoofddoeken moeten verbieden").
        if (sign < duty && duty < closure && !passive && !SubjectBefore(context, from, sign))
        {
            return false;
        }

        // "Verbied die hoofddoeken", "Sluit alle moskeeën", "Gooi al die moskeeën dicht": an order.
        if (closure == from || (closure == to && !Determiner.Contains(t[from].Key) && OrderJoined(context, closure, from)))
        {
            return true;
        }

        // "die keppeltjes moeten verboden worden", "ik wil die moskee dicht": a duty, or the author's will.
        if (duty >= 0 && (author || !HasWillOnly(context, from, to)))
        {
            return true;
        }

        // "Boerka's en hoofddoeken verbieden!": the signs open the clause and the infinitive ends it; thirtieth pass (hate26):
        // or "dicht" without a verb ("Moskeeën dicht, nu meteen!").
        return closure == to && (t[closure].Key.EndsWith("en", StringComparison.Ordinal) || t[closure].Key == "dicht") && OnlySigns(context, from, closure);
    }

    // "Waarom sluiten we die moskeeën niet?", "waarom gooien wij ze niet dicht?": "waarom" opens the sentence, "we/wij" is the
    // subject in the sign's clause, a negation stands in it, and the sentence asks. "Waarom is de moskee vandaag dicht?"
    // (no "we") asks a fact; "waarom sluiten we om drie uur?" names no sign. The sign must be what is closed: "Waarom doen we
    // de deur van de kerk niet dicht?" closes a door, so a "van" before the sign makes it another noun's owner.
    private static bool Proposed(CheckContext context, Sentence s, int from, int to, int sign)
    {
        var t = context.Tokens;
        if (t[s.First].Key != "waarom" || !Asked(context, s))
        {
            return false;
        }

        for (var j = Math.Max(from, sign - 3); j < sign; j++)
        {
            if (t[j].Key == "van")
            {
                return false;
            }
        }

        var we = false;
        var not = false;
        for (var j = from; j <= to; j++)
        {
            we |= t[j].Key is "we" or "wij";
            not |= (context.Classes[j] & Words.Negation) != 0;
        }

        return we && not;
    }

    // A personal subject before the sign in its clause ("dat we hoofddoeken …", "ik wil die moskee …"): the sign is its object.
    private static bool SubjectBefore(CheckContext context, int from, int sign)
    {
        for (var j = from; j < sign; j++)
        {
            if (context.Tokens[j].Key is "we" or "wij" or "ik" or "jullie" or "men")
            {
                return true;
            }
        }

        return false;
    }

    // "gooi … dicht": the particle that ends the clause and the imperative that opens it joined, as written or as the infinitive ("dichtgooi(en)", "dichtdoe(n)").
    private static bool OrderJoined(CheckContext context, int particle, int verb) =>
        SplitVerb.JoinsAsInfinitive(context.Tokens[particle], context.Tokens[verb], Words.ClosureVerb);

    // "Ik vind dat moskeeën …", "ik vind eerlijk gezegd dat …": the author's opinion ("ik vind", "vind ik"; since hate26 the
    // will, "ik wil") ends at most two words before "dat", none of them "het" ("ik vind het jammer dat …" is a feeling about
    // a fact) or a negation; an opinion elsewhere in the sentence ("Het is een verlies dat de moskee moet sluiten, vind ik")
    // is about the fact.
    private static bool OpinionOpens(CheckContext context, Sentence s, int that)
    {
        var t = context.Tokens;
        for (var k = that - 1; k > s.First && k >= that - 3; k--)
        {
            var (first, second) = (t[k - 1].Key, t[k].Key);
            if ((first is "ik" or "we" or "wij" && OpinionVerb.Contains(second)) || (OpinionVerb.Contains(first) && second is "ik" or "we" or "wij"))
            {
                return true;
            }

            // Thirtieth pass (hate26): "Ik wil dat hoofddoeken verboden worden": the author's will opens the clause too.
            if (first is "ik" or "we" or "wij" && second is "wil" or "willen")
            {
                return true;
            }

            if (second == "het" || (context.Classes[k] & Words.Negation) != 0)
            {
                return false;
            }
        }

        return false;
    }

    // "willen/wil" without "moeten/zouden": a will, which is the author's only when the author is its subject.
    private static bool HasWillOnly(CheckContext context, int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            if (context.Tokens[j].Key is "moeten" or "moet" or "zouden" or "zou")
            {
                return false;
            }
        }

        return true;
    }

    // Between the clause's start and the verb only signs, determiners and "en".
    private static bool OnlySigns(CheckContext context, int from, int closure)
    {
        for (var j = from; j < closure; j++)
        {
            if ((context.Classes[j] & Words.GroupSign) == 0 && context.Tokens[j].Key is not ("en" or "s") && !Determiner.Contains(context.Tokens[j].Key))
            {
                return false;
            }
        }

        return true;
    }
}
