namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class GroupHateJudge
{
    // Thirty-seventh pass (hate33): "je ruikt het meteen als er Roemenen in de bus zitten", "het stinkt zodra die X
    // binnenkomen": a smell told before a clause of "als/wanneer/zodra" in which the group is present is the stench a
    // stereotype gives it. "Je ruikt het als er verse broodjes liggen" names no group; a group adjective before a thing
    // ("als er Turkse pizza op tafel staat") is no group here (ThingDescribed picks the group first).
    private static bool Smelled(CheckContext context, Sentence s, int group)
    {
        if (!s.Has(context.Classes, Words.SmellVerb))
        {
            return false;
        }

        var t = context.Tokens;
        for (var j = group - 1; j > s.First; j--)
        {
            if (t[j].Key is not ("als" or "wanneer" or "zodra" or "waar"))
            {
                continue;
            }

            for (var v = j - 1; v >= Math.Max(s.First, j - 6); v--)
            {
                if ((context.Classes[v] & Words.SmellVerb) != 0 && !s.NegatedAt(context, v, 3))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }
}
