namespace Protocolwacht.Checks.Rules.Harmful;

// Calls for a group's removal ("oprotten", "het land uit", "zolang ze maar weg blijven"): the judge's patterns that
// tell a wish or slogan to leave from a narrated movement ("ze gingen eruit, naar de bioscoop").
internal static partial class GroupHateJudge
{
    // "oprotten", "deporteren", "dood" call for removal by themselves; "weg", "terug" need a modal or a wish
    // ("zolang ze maar ver weg blijven"), or to end a slogan right after the group ("buitenlanders eruit!").
    private static bool Hostile(CheckContext context, Sentence s, int k) =>
        context.Tokens[k].Key is not ("weg" or "uit" or "terug" or "eruit")
        || (k > 0 && SloganSubject(context, k - 1) && (k + 1 == context.Tokens.Count || context.Tokens[k + 1].Sentence != context.Tokens[k].Sentence
            || context.ClauseBreakBetween(k, k + 1))) // "buitenlanders eruit!", "X erin, Hollanders eruit, …" (twenty-eighth pass: the slogan ends its clause)
        || (k + 1 < context.Tokens.Count && context.Tokens[k + 1].Key is "blijven" or "blijft" && HasWord(context, k, "maar", 4))
        || BackToRemovalPlace(context, s, k); // thirtieth pass (hate26): "terug in de boot met ze"

    // The word before a slogan's "eruit": a group, or any word that opens the clause with it ("X erin, Hollanders eruit").
    private static bool SloganSubject(CheckContext context, int j) =>
        (context.Classes[j] & Words.Group) != 0 || (j > 0 && context.Tokens[j - 1].Sentence == context.Tokens[j].Sentence && context.ClauseBreakBetween(j - 1, j));

    // A modal or wish; "gingen", "kwamen" (class past-motion) narrate a past movement ("ze gingen eruit, naar de bioscoop").
    // Twenty-eighth pass (hate24): "gaan/gaat … terug" tells a journey back ("veel Polen gaan met Kerst terug naar Polen"),
    // not a will; "moeten terug" still is one. A will in a later clause than the word of leaving (".. terug naar Oekraïne; we
    // zullen ze missen") is about something else.
    private static bool Intended(CheckContext context, Sentence s, int leaving)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Words.Intention) != 0 && (context.Classes[k] & Words.PastMotion) == 0 && !GoingBack(context, s, k)
                && !(k > leaving && context.ClauseBreakBetween(leaving, k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool GoingBack(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        // Thirty-eighth pass (hate34): "ga" is the imperative unless asked of the addressee ("Ga jij ook terug … deze zomer?").
        if (t[k].Key is not ("gaan" or "gaat" or "ga") || (t[k].Key == "ga" && !AskedOfAddressee(context, s, k)))
        {
            return false;
        }

        var scanned = 0;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 6) && !context.ClauseBreakWalked(k, j, ref scanned); j++)
        {
            if (t[j].Key == "terug")
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-seventh pass (hate23): "Veel Syriërs willen terug naar hun eigen land", "Oekraïense moeders willen terug":
    // "willen" right after the group (or after the person word a group adjective describes) is the group's own wish,
    // not the author's will that it leave.
    private static bool OwnWish(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var j = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1;
        if (j < s.Last && (context.Classes[j] & (Words.Person | Words.SchoolPerson)) != 0)
        {
            j = j + 1 <= s.Last && t[j + 1].Key == "s" ? j + 2 : j + 1;
        }

        // Twenty-ninth pass (hate25): any verb of wishing, dreaming or hoping (`wish`: "droomt ervan ooit terug te gaan").
        return j <= s.Last && (t[j].Key is "willen" or "wil" or "wilden" or "wilde" || (context.Classes[j] & Words.Wish) != 0);
    }

    // Thirtieth pass (hate26): "Gooi al die X het land uit", "Schop ze ons dorp uit", "waarom zetten ze X niet het land
    // uit?": a verb of removal with a place to leave after it, as an order (the verb opens the sentence), with a will or a
    // duty, or proposed by "waarom … niet"; "de IND zet elk jaar mensen het land uit" tells what is done.
    private static bool OrderedOutOfTheCountry(CheckContext context, Sentence s, int verb)
    {
        var outOf = -1;
        for (var j = verb + 1; j <= s.Last && outOf < 0; j++)
        {
            if (OutOfPlace(context, s, j))
            {
                outOf = j;
            }
        }

        return outOf >= 0 && (verb == s.First || Intended(context, s, outOf) || WhyNot(context, s));
    }

    // "Waarom zetten ze X niet gewoon het land uit?": a question why it is not done proposes it.
    private static bool WhyNot(CheckContext context, Sentence s)
    {
        if (context.Tokens[s.First].Key != "waarom" || !Asked(context, s))
        {
            return false;
        }

        for (var j = s.First + 1; j <= s.Last; j++)
        {
            if ((context.Classes[j] & Words.Negation) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Terug in de boot met ze", "X terug op het vliegtuig": back to a place of removal, a slogan without a verb.
    private static bool BackToRemovalPlace(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key != "terug" || k + 2 > s.Last || t[k + 1].Key is not ("in" or "op" or "naar"))
        {
            return false;
        }

        var place = t[k + 2].Key is "de" or "het" or "een" or "die" && k + 3 <= s.Last ? k + 3 : k + 2;
        return (context.Classes[place] & Words.RemovalPlace) != 0 && !Narrated(context, s);
    }

    // A verb of narrated motion in the sentence ("ze gingen terug op de boot", "gaan met de boot terug"): a journey told.
    private static bool Narrated(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if ((context.Classes[j] & Words.PastMotion) != 0 || GoingBack(context, s, j))
            {
                return true;
            }
        }

        return false;
    }

    // "het land uit", "ons dorp uit": "uit" after a place is a call to leave it, unlike "uit Turkije" or "uit eten".
    private static bool OutOfPlace(CheckContext context, Sentence s, int k) =>
        k > s.First && context.Tokens[k].Key == "uit" && context.Tokens[k - 1].Key is "land" or "nederland" or "europa" or "dorp" or "wijk" or "buurt" or "stad" or "straat";

    // Thirty-fourth pass (hate30): one word more ("horen gewoon in de dierentuin").
    private static bool PlaceFollows(CheckContext context, Sentence s, int k)
    {
        for (var j = k + 1; j <= Math.Min(s.Last, k + 4); j++)
        {
            if ((context.Classes[j] & Words.RemovalPlace) != 0)
            {
                return !s.NegatedAt(context, j, 4);
            }
        }

        return false;
    }

    private static bool Away(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & (Words.Exclusion | Words.RemovalPlace)) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
