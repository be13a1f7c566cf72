namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-first pass: a threat told by what the body will look like afterwards, with no verb of harm. "Als die vader nog
// één keer zo tegen mij tekeergaat, ligt hij volgende week in het gips", "volgende keer loopt meester Joost met een blauw
// oog rond, dat beloof ik", "jij eindigt nog eens op de eerste hulp als je mijn kind blijft straffen". Read: someone other
// than the author, a `body-result` after "in/op (het/de/een)" ("in het gips", "op krukken", "op de brancard"), "met een"
// + a `bruise` or `injury` + a `body-part` ("met een dikke lip", "met een gebroken kaak"), or "op de eerste hulp"; with a
// condition or a near time and the author in the sentence (ik, mijn, "dat beloof ik"). A mishap ("na die val"), the
// past ("lag vorig seizoen in het gips") or only the author ("ik zit straks in het gips") is news.
internal static partial class ThreatJudge
{
    private static bool BodyResultPromised(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!Someone(context, s) || !s.Has(c, Words.FirstPerson | Words.FirstPossessive) || s.Has(c, Words.Mishap) || Past(context, s) || Narrated(context, s)
            || !(Conditional(context, s) || Soon(context, s) || Assured(context, s)))
        {
            return false;
        }

        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if (ResultOnBody(context, s, k) && !s.NegatedAt(context, k, 5))
            {
                return true;
            }
        }

        return false;
    }

    // "in het gips", "op krukken", "op de brancard", "met een blauw oog", "met een gebroken kaak", "op de eerste hulp".
    // "tegen de vlakte" reads like "op de grond".
    private static bool ResultOnBody(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var before = t[k - 1].Key is "het" or "de" or "een" && k - 2 >= s.First ? k - 2 : k - 1;
        if ((c[k] & Words.BodyResult) != 0 && t[before].Key is "in" or "op" or "met" or "tegen")
        {
            return true;
        }

        if ((c[k] & Words.BodyPart) != 0 && k - 3 >= s.First && t[k - 3].Key == "met" && t[k - 2].Key == "een" && (c[k - 1] & (Words.Bruise | Words.Injury)) != 0)
        {
            return true;
        }

        // Twenty-second pass: "loopt hij mank", "ligt bewusteloos": a state of the body needs no preposition.
        return (t[k].Key == "hulp" && t[k - 1].Key == "eerste" && k - 3 >= s.First && t[k - 3].Key == "op") || (c[k] & Words.BodyState) != 0;
    }

    // "lag", "liep", "zat", "belandde": the past of lying, walking, sitting and ending up tells what happened.
    private static bool Narrated(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            // Twenty-second pass: "ik ben het zat", "ik ben het spuugzat": fed up, not sat.
            if (context.Tokens[j].Key is "lag" or "lagen" or "liep" or "liepen" or "zat" or "zaten" or "belandde" or "eindigde" or "kwam" or "brak"
                && !(context.Tokens[j].Key == "zat" && j > s.First && context.Tokens[j - 1].Key is "het" or "er"))
            {
                return true;
            }
        }

        return false;
    }
}
