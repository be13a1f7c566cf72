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
        if (DeemedAbnormal(context, s, group))
        {
            return true;
        }

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
            if (k - group <= 6 && !context.ClauseBreakBetween(group, k) && (LinkedClosely(context, group, k) || GeneralisedHaving(context, group, k)
                || DefectHad(context, s, group, k)))
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

    // Twenty-eighth pass (hate24): "X hebben een afwijking in hun hoofd", "X hebben een stoornis": a defect put in the head
    // or the mind, or "hebben" right after a group no count stands before, says it of every member; "veel ouderen hebben
    // een afwijking" counts patients, and a defect "aan" a part ("aan hun ogen", "aan het hart") is a body's.
    private static bool DefectHad(CheckContext context, Sentence s, int group, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var having = -1;
        for (var j = group + 1; j < k && having < 0; j++)
        {
            having = t[j].Key is "hebben" or "heeft" ? j : -1;
        }

        if (having < 0)
        {
            return false;
        }

        for (var j = k + 1; j <= Math.Min(s.Last, k + 3); j++)
        {
            if ((c[j] & Words.Mind) != 0 && t[k + 1].Key == "in")
            {
                return true;
            }
        }

        var next = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1;
        return having == next && !Counted(context, s, group) && !(k < s.Last && t[k + 1].Key is "aan" or "met" or "door");
    }

    // "veel ouderen", "sommige kinderen", "twee Polen": a count before the group makes it some of them.
    private static bool Counted(CheckContext context, Sentence s, int group)
    {
        for (var j = group - 1; j >= Math.Max(s.First, group - 3); j--)
        {
            var key = context.Tokens[j].Key;
            if ((context.Classes[j] & Words.Partitive) != 0 || key is "veel" or "vele" or "meeste" or "weinig" or "sommige" || (key.Length > 0 && char.IsAsciiDigit(key[0])))
            {
                return true;
            }
        }

        return false;
    }

    // "Het is niet normaal wat X zijn": what the group is (the copula ends the clause) denied to be normal; "het is niet
    // normaal hoe hard X werken" praises how they work.
    private static bool DeemedAbnormal(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var wat = group - 1;
        if (wat > s.First && t[wat].Key is "die" or "de" or "deze" or "al")
        {
            wat--;
        }

        var copula = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1;
        if (wat <= s.First || t[wat].Key != "wat" || copula > s.Last || (c[copula] & Words.Copula) == 0
            || (copula < s.Last && !context.ClauseBreakBetween(copula, copula + 1)))
        {
            return false;
        }

        for (var j = wat - 1; j >= Math.Max(s.First + 1, wat - 3); j--)
        {
            if ((c[j] & Words.Ability) != 0 && (c[j - 1] & Words.Negation) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-ninth pass (hate25): "behandeld worden voor wat ze zijn": "voor wat" and a pronoun whose copula ends the clause
    // treats what the group is, not an illness it has ("voor wat ze hebben", "voor griep").
    private static bool ForWhatTheyAre(CheckContext context, Sentence s, int treatedFor)
    {
        var t = context.Tokens;
        var copula = treatedFor + 3;
        return copula <= s.Last && t[treatedFor].Key == "voor" && t[treatedFor + 1].Key == "wat" && (context.Classes[treatedFor + 2] & Words.ThirdPerson) != 0
            && (context.Classes[copula] & Words.Copula) != 0 && (copula == s.Last || context.ClauseBreakBetween(copula, copula + 1));
    }

    // How far after the group the duty and the cure may stand: "X zijn psychisch in de war en horen in therapie" (twenty-eighth
    // pass, hate24: was six, the coordinated verb's clause is the group's too).
    private const int CureReach = 9;

    // "X moeten genezen worden", "zouden behandeld moeten worden", "moeten in therapie": a present modal of duty after the
    // group and a word of curing after it, not "voor/tegen/aan" an illness.
    private static bool CureDemanded(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var duty = false;
        var scanned = 0;
        for (var k = group + 1; k <= Math.Min(s.Last, group + CureReach) && !context.ClauseBreakWalked(group, k, ref scanned); k++)
        {
            // "horen in therapie" is a duty; "horen netjes behandeld te worden" is care owed to the group.
            duty |= t[k].Key is "moeten" or "moet" or "zouden" or "zou" || (t[k].Key is "horen" or "hoort" && k < s.Last && t[k + 1].Key == "in");
            if (!duty || (c[k] & Words.Cure) == 0 || s.NegatedAt(context, k, 4))
            {
                continue;
            }

            var treatedFor = k + 1 <= s.Last && t[k + 1].Key is "voor" or "tegen" or "aan" ? k + 1
                : k + 2 <= s.Last && t[k + 1].Key is "worden" or "moeten" && t[k + 2].Key is "voor" or "tegen" or "aan" ? k + 2 : -1;
            return treatedFor < 0 || ForWhatTheyAre(context, s, treatedFor);
        }

        return false;
    }
}
