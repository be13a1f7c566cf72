namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-eighth pass (hate24): a group sent back. An order to leave that opens the sentence with the group called by it
// ("Rot op naar je eigen land, stelletje X", "Pleur op naar huis, jullie X", "Ga terug naar …, jullie X"), or advice or a
// duty to go back with the group as subject ("X kunnen beter teruggaan", "X moeten maar teruggaan"). A class that goes
// back home names no group, a group that goes back in the news ("gaan in de zomer terug naar …") is told, not sent, and
// a group's own wish ("willen terug") is its own.
internal static partial class GroupHateJudge
{
    // The order stands in the first words of the sentence: "Rot (toch) op", "Ga (maar) terug", "Opzouten".
    private const int OrderReach = 3;

    private static bool OrderedToLeave(CheckContext context, Sentence s, int group)
    {
        if (!Called(context, s, group))
        {
            return false;
        }

        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k <= Math.Min(group - 1, s.First + OrderReach); k++)
        {
            if ((c[k] & (Words.Exclusion | Words.ReturnVerb)) != 0 && t[k].Key is not ("weg" or "uit" or "eruit" or "dood") && !BareReturn(context, s, k))
            {
                return !s.NegatedAt(context, k, 3) && !AskedOfAddressee(context, s, k);
            }

            // "Rot op", "Donder toch op": the verb and its particle, joined, are a word of leaving.
            if (k + 2 <= s.Last && LeavingJoined(context, k))
            {
                return !s.NegatedAt(context, k, 3);
            }
        }

        return false;
    }

    // Stop 56 (lead): the order alone in the sentence after the group's ("Die X denken dat ze hier alles mogen. Terug naar je
    // eigen land.", "… Rot toch op."): the group carried on is who is sent. The order opens the sentence, with only
    // particles before it ("Dus gewoon oprotten"); "Ze gaan in de zomer terug" tells, and "terug" sends someone only to
    // their own place ("terug naar je land"), not back to work ("Terug naar de les").
    private static bool OrderedAwayAfter(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k <= Math.Min(s.Last, s.First + OrderReach); k++)
        {
            var order = ((c[k] & (Words.Exclusion | Words.ReturnVerb)) != 0 && t[k].Key is not ("weg" or "uit" or "eruit" or "dood")
                && (t[k].Key != "terug" || SentToOwnPlace(context, s, k))) || (k + 2 <= s.Last && LeavingJoined(context, k));
            if (order)
            {
                return !s.NegatedAt(context, k, 3) && !AskedOfAddressee(context, s, k);
            }

            if ((c[k] & Words.ModalParticle) == 0 && t[k].Key is not ("ga" or "gaat" or "dus" or "gewoon" or "nou" or "allemaal" or "lekker" or "en"))
            {
                return false;
            }
        }

        return false;
    }

    // Thirty-eighth pass (hate34): "Ga jij ook terug naar je land deze zomer?", "Gaan jullie met de kerst terug naar
    // Marokko?": the verb first with the addressee as its subject and a question mark asks about a visit home; an order has
    // no subject after the verb, and "maar", "toch", "gewoon", "nou", "eindelijk" or "lekker" make the question an order
    // again ("Ga jij maar lekker terug naar je land?").
    private static bool AskedOfAddressee(CheckContext context, Sentence s, int k)
    {
        if (k + 1 > s.Last || (context.Classes[k + 1] & Words.SecondPerson) == 0 || !Asked(context, s))
        {
            return false;
        }

        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "maar" or "toch" or "gewoon" or "nou" or "eindelijk" or "lekker" or "snel" or "eens" or "oprotten" or "opzouten")
            {
                return false;
            }
        }

        return true;
    }

    // "terug naar je (eigen) land", "terug naar jullie huis": the place is the addressee's own.
    private static bool SentToOwnPlace(CheckContext context, Sentence s, int k)
    {
        for (var p = k + 1; p <= Math.Min(s.Last, k + 4); p++)
        {
            if ((context.Classes[p] & Words.SecondPerson) != 0 || context.Tokens[p].Key is "eigen" or "hun")
            {
                return true;
            }
        }

        return false;
    }

    // "Terug naar school, …": "terug" opening the sentence without a verb is an order only when it sends someone to their
    // own place ("terug naar je eigen land").
    private static bool BareReturn(CheckContext context, Sentence s, int k)
    {
        if (k != s.First || context.Tokens[k].Key != "terug")
        {
            return false;
        }

        for (var p = k + 1; p <= Math.Min(s.Last, k + 3); p++)
        {
            if ((context.Classes[p] & Words.SecondPerson) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // "rot op", "pleur toch op", "donder maar op": a particle one or two words on makes, joined to the verb, a word of leaving.
    private static bool LeavingJoined(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var p = k + 1; p <= k + 2; p++)
        {
            if ((context.Classes[p] & Words.Particle) != 0)
            {
                return SplitVerb.Joins(t[p], t[k], Words.Exclusion);
            }

            if ((context.Classes[p] & Words.ModalParticle) == 0 && t[p].Key is not ("lekker" or "eens"))
            {
                return false;
            }
        }

        return false;
    }

    // The group called: "jullie X", "stelletje X", or the group after a comma at the end ("…, Marokkanen").
    private static bool Called(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var before = group - 1;
        while (before > s.First && (context.Classes[before] & (Words.NegativeAttribute | Words.Curse)) != 0)
        {
            before--;
        }

        return before > s.First && (t[before].Key is "jullie" or "stelletje" or "stel" || (context.ClauseBreakBetween(before, before + 1) && CalledToTheEnd(context, s, group)));
    }

    // "…, Marokkanen", "…, vuile Turken en Polen": after a comma only the group, its attributes and "en" up to the
    // sentence end; "Terug naar school, Oekraïners en Syriërs zijn ook weer welkom!" goes on about the group.
    private static bool CalledToTheEnd(CheckContext context, Sentence s, int group)
    {
        for (var k = group + 1; k <= s.Last; k++)
        {
            if ((context.Classes[k] & (Words.Group | Words.NegativeAttribute | Words.Curse)) == 0 && context.Tokens[k].Key is not ("en" or "of"))
            {
                return false;
            }
        }

        return true;
    }

    // "X kunnen beter teruggaan", "X moeten maar teruggaan", "X moeten gewoon terug naar …": the group the subject, a duty
    // or advice after it, a verb of going back in its clause.
    private static bool AdvisedToGoBack(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var advised = false;
        var scanned = 0;
        for (var k = group + 1; k <= Math.Min(s.Last, group + 7) && !context.ClauseBreakWalked(group, k, ref scanned); k++)
        {
            advised |= t[k].Key is "moeten" or "moet" || (t[k].Key == "beter" && t[k - 1].Key is "kunnen" or "kan");
            if (advised && ((c[k] & Words.ReturnVerb) != 0 || t[k].Key == "terug") && !s.NegatedAt(context, k, 4))
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-eighth pass (hate24): "Ik heb het over X. Messen, drugs en schulden.": a verbless fragment after the group's
    // sentence that lists only trouble (at least two words of it, or "alleen maar/niks dan" before one) says it of the
    // group. "Vakmensen, altijd vrolijk." lists praise, and a fragment with a word of anything else is no list.
    private static bool TroublesListed(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var troubles = 0;
        var only = false;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & (Words.Trouble | Words.Nuisance | Words.Weapon | Words.BadConduct)) != 0)
            {
                troubles++;
            }
            else if (t[k].Key is "alleen" or "maar" or "niks" or "niets" or "dan" or "altijd")
            {
                // "alleen maar", "niks dan": a lone "Maar drugs." or "Dan drugs." says no "only".
                only |= k > s.First && ((t[k].Key == "maar" && t[k - 1].Key == "alleen") || (t[k].Key == "dan" && t[k - 1].Key is "niks" or "niets"));
            }
            else if (t[k].Key is not ("en" or "of" or "de" or "het" or "veel" or "weer"))
            {
                return false;
            }
        }

        return troubles >= 2 || (troubles == 1 && only);
    }
}
