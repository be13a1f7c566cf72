namespace Protocolwacht.Checks.Rules.Harmful;

// How an evaluation is said of the group: a copula or a comparison between them, an opinion verb before the group, the
// group set after a comma at the sentence's end, or a few fillers after the copula ("zijn net wilden").
internal static partial class GroupHateJudge
{
    // The forms of "vinden" (to consider) and its past stems, from the morphology table (claim-verb lists them).
    private static readonly HashSet<string> OpinionVerb = [.. new[] { "vinden", "vond", "vonden" }.SelectMany(Language.Morphology.FormsOf)];

    // A negative adjective says something of the group when a copula stands between them, or before both
    // in a question ("Waarom zijn X altijd zo …?").
    private static bool Linked(CheckContext context, Sentence s, int group, int adjective)
    {
        var c = context.Classes;
        var (from, to) = group < adjective ? (group, adjective) : (adjective, group);

        // "Het is slecht dat vrouwen minder verdienen": the adjective judges the clause, not the group.
        for (var j = adjective + 1; j < group; j++)
        {
            if (context.Tokens[j].Key is "dat" or "als" or "wanneer" or "hoe" or "waarom")
            {
                return false;
            }
        }

        return (to - from <= 6 || (adjective < group && to - from <= 10 && Dislocated(context, s, group)))
            && (new Sentence(Math.Max(s.First, from - 2), to).Has(c, Words.Copula | Words.Comparison) || (group < adjective && OpinionBefore(context, s, group)));
    }

    // Twenty-fifth pass (hate21): "ziek in hun hoofd zijn ze, die moslims": the group set after a comma with "die/deze" at
    // the end of the sentence is the subject the clause before it spoke of, however long that clause's predicate was.
    private static bool Dislocated(CheckContext context, Sentence s, int group)
    {
        for (var d = group - 1; d >= Math.Max(s.First + 1, group - 2); d--)
        {
            if (context.Tokens[d].Key is "die" or "deze")
            {
                return context.ClauseBreakBetween(d - 1, d) || UnpunctuatedTail(context, s, d, group);
            }
        }

        return false;
    }

    // Thirty-ninth pass (hate35): chat spelling drops the comma ("ze fokken als konijnen die moslims"): "die X" closes the
    // sentence, "ze" or "zij" opened the clause before it, and no preposition governs "die" ("van die X" is an object).
    private static bool UnpunctuatedTail(CheckContext context, Sentence s, int d, int group)
    {
        var t = context.Tokens;
        if (group != s.Last || t[d - 1].Key is "van" or "met" or "aan" or "voor" or "bij" or "op" or "over" or "tegen" or "naar" or "door" or "uit" or "in")
        {
            return false;
        }

        for (var j = s.First; j < d - 1; j++)
        {
            if (t[j].Key is "ze" or "zij")
            {
                return true;
            }
        }

        return false;
    }

    // "Ik vind vrouwen (in de politiek) …": an opinion verb before the group makes the adjective after it
    // say something of the group, as a copula does.
    private static bool OpinionBefore(CheckContext context, Sentence s, int group)
    {
        for (var j = Math.Max(s.First, group - 3); j < group; j++)
        {
            if (OpinionVerb.Contains(context.Tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }

    // The word right after a copula or comparison, or after "net", "echte", "gewoon" that follows one: "zijn
    // (net) wilden", "als wilden"; not "die wilden naar huis", where "wilden" is the verb "willen".
    private static bool SaidOf(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var link = Words.Copula | Words.Comparison;
        if (k - 1 >= s.First && (context.Classes[k - 1] & link) != 0 && t[k - 1].Key != "het")
        {
            return true;
        }

        // "zijn net wilden", "zijn één grote kostenpost", "zijn alleen nog maar ballast": up to three fillers between.
        for (var fillers = 1; fillers <= 3 && k - fillers - 1 >= s.First; fillers++)
        {
            if (!SaidOfFiller.Contains(t[k - fillers].Key))
            {
                return false;
            }

            if ((context.Classes[k - fillers - 1] & link) != 0 && t[k - fillers - 1].Key != "het")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> SaidOfFiller =
        ["net", "echte", "gewoon", "echt", "allemaal", "een", "stelletje", "grote", "enorme", "ware", "regelrechte", "pure", "alleen", "nog", "maar", "nu", "eenmaal"];
}
