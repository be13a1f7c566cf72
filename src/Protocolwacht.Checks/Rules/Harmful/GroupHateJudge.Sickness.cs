namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-seventh pass (hate23): a group called a disease or said to need curing: "X zijn een ziekte voor dit land",
// "X hebben gewoon een stoornis", "het is een afwijking" beside the group, "X moeten genezen/behandeld worden", "moeten
// in therapie". Health news keeps its illness after the treatment ("moeten behandeld worden voor griep"), a negation
// denies the disease ("is geen afwijking"), and the past ("dachten artsen dat homo's genezen moesten worden") tells
// history.
internal static partial class GroupHateJudge
{
    private static bool Pathologised(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = group + 1; k <= s.Last; k++)
        {
            if ((c[k] & Words.Pathology) == 0 || s.NegatedAt(context, k, 4))
            {
                continue;
            }

            // "X zijn (als) een ziekte", "X hebben gewoon een stoornis": a copula, a comparison or a generalising "hebben"
            // between the group and the word, in its clause.
            if (k - group <= 6 && !context.ClauseBreakBetween(group, k) && (LinkedClosely(context, group, k) || GeneralisedHaving(context, group, k)))
            {
                return true;
            }

            // "…, het is een afwijking": a pronoun of the thing and a copula right before the word, in a later clause.
            if (k - 3 > group && t[k - 1].Key == "een" && (c[k - 2] & Words.Copula) != 0 && t[k - 3].Key is "het" or "dat" or "dit")
            {
                return true;
            }
        }

        return false;
    }

    // The copula or comparison at most three words before the word, with no preposition between: "zijn een ziekte",
    // "zijn als een virus", "zijn een psychische stoornis"; not "zijn vaak het slachtoffer van een infectie".
    private static bool LinkedClosely(CheckContext context, int group, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j > group && j >= k - 3; j--)
        {
            if ((context.Classes[j] & (Words.Copula | Words.Comparison)) != 0)
            {
                return true;
            }

            if (t[j].Key is "van" or "voor" or "door" or "aan" or "met" or "tegen" or "na" or "bij")
            {
                return false;
            }
        }

        return false;
    }

    // "hebben gewoon/allemaal/toch een …": "hebben" with a particle that makes it the whole group's, not a count of its
    // patients ("veel ouderen hebben een ziekte").
    private static bool GeneralisedHaving(CheckContext context, int group, int k)
    {
        var t = context.Tokens;
        var having = false;
        var general = false;
        for (var j = group + 1; j < k; j++)
        {
            having |= t[j].Key is "hebben" or "heeft";
            general |= t[j].Key is "gewoon" or "allemaal" or "toch" or "echt";
        }

        return having && general;
    }

    // "X moeten genezen worden", "zouden behandeld moeten worden", "moeten in therapie": a present modal of duty after the
    // group and a word of curing after it, not "voor/tegen/aan" an illness.
    private static bool CureDemanded(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var duty = false;
        for (var k = group + 1; k <= Math.Min(s.Last, group + 6) && !context.ClauseBreakBetween(group, k); k++)
        {
            duty |= t[k].Key is "moeten" or "moet" or "zouden" or "zou";
            if (!duty || (c[k] & Words.Cure) == 0 || s.NegatedAt(context, k, 4))
            {
                continue;
            }

            if (k + 1 <= s.Last && t[k + 1].Key is "voor" or "tegen" or "aan")
            {
                return false;
            }

            if (k + 2 <= s.Last && t[k + 1].Key is "worden" or "moeten" && t[k + 2].Key is "voor" or "tegen" or "aan")
            {
                return false;
            }

            return true;
        }

        return false;
    }
}
