namespace Protocolwacht.Checks.Rules.Harmful;

// Seventeenth pass: a group kept out of a place of the author's, in other orders than "geen X in onze …": the place
// named through a possessive ("op de school van mijn kinderen", "in het elftal van mijn zoon") and "niet in mijn
// straat" said of the group ("Polen wil ik niet in mijn straat", "Niet in mijn buurt, die X", "X moeten niet in de klas
// van mijn dochter komen"). What the group itself does or wants there ("X parkeren niet in mijn straat", "X willen
// niet in mijn straat wonen") is no exclusion.
internal static partial class GroupHateJudge
{
    // "in mijn straat", "op onze school", "bij ons", "in de klas van mijn dochter": a place of the author's after a
    // preposition at p.
    private static bool PlaceOfOurs(CheckContext context, Sentence s, int p)
    {
        var t = context.Tokens;
        if (p + 1 > s.Last || t[p].Key is not ("in" or "op" or "bij"))
        {
            return false;
        }

        if (Ours(t[p + 1].Key))
        {
            return true;
        }

        // "op de school van mijn kinderen": an article, one noun, then "van" and the author's possessive.
        return p + 4 <= s.Last && t[p + 1].Key is "de" or "het" && t[p + 3].Key == "van" && Ours(t[p + 4].Key);
    }

    private static bool Ours(string key) => key is "onze" or "ons" or "mijn" or "mn" or "deze" or "dit";

    // "niet" right before a place of ours, in a sentence that keeps the group out: an elliptical slogan opening with
    // "niet", or a clause of the author's will ("wil ik niet") or of obligation laid on the group ("moeten niet").
    private static bool NotInOurPlace(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        for (var n = s.First; n < s.Last; n++)
        {
            if (t[n].Key != "niet" || !PlaceOfOurs(context, s, n + 1))
            {
                continue;
            }

            if (n == s.First || ImposedOn(context, s, group, n))
            {
                return true;
            }
        }

        return false;
    }

    // "Polen wil ik niet …" (the author wants), "X moeten niet …" (an obligation laid on them); "X willen niet …" is
    // what the group wants.
    private static bool ImposedOn(CheckContext context, Sentence s, int group, int negation)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k < negation; k++)
        {
            if (context.ClauseBreakBetween(k, negation) || (c[k] & Words.Intention) == 0)
            {
                continue;
            }

            if (t[k].Key is "moeten" or "moet")
            {
                return k > group;
            }

            if ((k + 1 < negation && (c[k + 1] & Words.FirstPerson) != 0) || (k > s.First && (c[k - 1] & Words.FirstPerson) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // "nog nooit zoveel lekkers gegeten", "nooit zo'n mooi feest gezien": "nooit" before "zo/zoveel/zulke/zo'n" is a
    // superlative of praise, not a good trait denied.
    private static bool Superlative(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= s.First && j >= k - 4; j--)
        {
            if (t[j].Key is "zo" or "zoveel" or "zulke" or "zulk" or "zon" && j - 1 >= s.First && t[j - 1].Key == "nooit")
            {
                return true;
            }

            if (j - 2 >= s.First && Sentence.ZoN(context, j) && t[j - 2].Key == "nooit")
            {
                return true;
            }
        }

        return false;
    }
}
