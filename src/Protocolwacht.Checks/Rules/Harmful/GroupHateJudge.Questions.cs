namespace Protocolwacht.Checks.Rules.Harmful;

// Hate asked as a question (thirteenth pass): "Zijn X eigenlijk wel in staat om …?", "Kunnen X überhaupt normaal
// samenleven?". A yes/no question that opens with the verb, names the group as its subject, doubts with "wel",
// "eigenlijk" or "überhaupt" and asks about an ability or a good trait says the group lacks it. A question about
// what a group may or can get ("Kunnen vrouwen ook gratis meedoen?") asks no trait, and one on a condition
// ("… als de wachtlijst een jaar is?") blames the condition, not the group.
internal static partial class GroupHateJudge
{
    private static bool AbilityDoubted(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        if (group - s.First is < 1 or > 2 || t[s.First].Key is not ("zijn" or "is" or "kunnen" or "kan" or "hebben" or "heeft") || !Asked(context, s))
        {
            return false;
        }

        for (var k = group + 1; k <= s.Last; k++)
        {
            if (t[k].Key is "als" or "wanneer" or "zolang" or "zonder" || (context.Classes[k] & Words.Negation) != 0)
            {
                return false;
            }
        }

        var doubted = false;
        for (var k = group + 1; k <= s.Last; k++)
        {
            var key = t[k].Key;
            doubted |= key is "wel" or "uberhaupt" or "eigenlijk" or "ooit";
            if (doubted && ((context.Classes[k] & Words.Ability) != 0 || (key == "staat" && t[k - 1].Key == "in")))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence ends in a question mark.
    private static bool Asked(CheckContext context, Sentence s)
    {
        var folded = context.Text.Folded;
        var end = s.Last + 1 < context.Tokens.Count ? context.Tokens[s.Last + 1].Start : folded.Length;
        return folded.AsSpan(context.Tokens[s.Last].End, end - context.Tokens[s.Last].End).Contains('?');
    }
}
