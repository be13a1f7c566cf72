namespace Protocolwacht.Checks.Rules.Harmful;

// A group told it is merely tolerated here or should be grateful to be: "X worden hier alleen geduld", "dat wij ze
// hier nog dulden", "X moeten blij zijn dat ze hier mogen wonen". The author's own gratitude ("wij zijn dankbaar dat
// …") and toleration refused ("wij dulden hier geen racisme") are not it.
internal static partial class GroupHateJudge
{
    // Words that place the group in the author's country: "hier", "(ons/dit) land", "nederland", "ons", "we".
    private static readonly HashSet<string> Here = ["hier", "land", "nederland", "ons", "we", "wij", "europa"];

    private static bool Tolerated(CheckContext context, Sentence s, int group) =>
        ToleratedHere(context, s, group) || GratitudeDemanded(context, s, group) || KneelingDemanded(context, s, group);

    // "worden hier (alleen) geduld/getolereerd/gedoogd", "dat wij ze/jullie hier dulden": a verb of putting up with
    // people, passive or with "we" as subject, in a sentence that places them here, and not negated.
    private static bool ToleratedHere(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var here = HereIn(context, s, s.First);
        for (var k = s.First; k <= s.Last && here; k++)
        {
            if ((c[k] & Words.Tolerance) == 0 || s.NegatedAt(context, k, 4))
            {
                continue;
            }

            for (var j = Math.Max(s.First, k - 5); j < k; j++)
            {
                var passive = t[j].Key is "worden" or "wordt" or "werden" or "werd" && j > group;
                var byUs = t[j].Key is "we" or "wij" && ObjectBetween(context, j, k, group);
                if (passive || byUs)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "dat wij ze hier dulden", "dat we jullie Somaliërs hier toelaten": the group or a pronoun for it between "we" and the verb.
    private static bool ObjectBetween(CheckContext context, int we, int verb, int group) =>
        (group > we && group < verb) || Enumerable.Range(we + 1, verb - we - 1).Any(j => context.Tokens[j].Key is "ze" or "hen" or "jullie" or "die");

    // "moeten/mogen blij zijn dat …", "horen dankbaar te zijn dat …", "wees maar blij dat …", "laat ze maar blij zijn
    // dat …": gratitude with a modal of duty before it, then "dat" and a clause that places the group here.
    private static bool GratitudeDemanded(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & Words.Gratitude) == 0 || s.NegatedAt(context, k, 4))
            {
                continue;
            }

            var demanded = false;
            for (var j = Math.Max(s.First, k - 4); j < k; j++)
            {
                demanded |= t[j].Key is "moeten" or "moet" or "mogen" or "mag" or "horen" or "hoort" or "wees" or "weest" or "laat";
            }

            // The clause after "dat" says they are here: "dat ze hier mogen wonen", "dat wij ze toelaten".
            for (var j = k + 1; demanded && j <= Math.Min(s.Last, k + 4); j++)
            {
                if (t[j].Key == "dat" && (HereIn(context, s, j + 1) || new Sentence(j + 1, s.Last).Has(c, Words.Tolerance)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "X mogen op hun (blote) knieën dankbaar zijn", "horen ons op hun knieën te bedanken", "mogen de grond kussen
    // (waarop wij lopen)": the group told to kneel or kiss the ground, with a present modal of duty after it. The
    // posture is the humiliation, gratitude or not; "moesten vroeger op hun knieën werken" (past) is history, and
    // "op zijn knieën" is one person's.
    private static bool KneelingDemanded(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var demanded = false;
        for (var k = group + 1; k <= s.Last; k++)
        {
            demanded |= t[k].Key is "moeten" or "moet" or "mogen" or "mag" or "horen" or "hoort" or "zouden" or "zou";
            if (!demanded || s.NegatedAt(context, k, 4))
            {
                continue;
            }

            var knees = t[k].Key is "knieën" or "knieen" or "knietjes" && k - 2 >= s.First
                && (t[k - 1].Key == "hun" || (t[k - 1].Key is "blote" && t[k - 2].Key == "hun"));
            var ground = t[k].Key == "grond" && t[k - 1].Key == "de" && Enumerable.Range(k + 1, Math.Min(2, s.Last - k)).Any(j => t[j].Key is "kussen" or "kruipen" or "likken");
            if (knees || ground)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HereIn(CheckContext context, Sentence s, int from)
    {
        for (var j = from; j <= s.Last; j++)
        {
            if (Here.Contains(context.Tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }
}
