using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Thirty-ninth pass (hate35): the author says they do not know where a group lives or is ("geen idee waar die Syriërs
/// wonen", "ik weet niet waar die Polen nu zitten", "geen flauw idee waar de Afghanen gebleven zijn"): knowledge denied,
/// "waar", the group and a verb of living or staying, with no hostile word in the post. The learned second opinion sees
/// the pairs "waar die", "die X" and "X wonen" of the training's "ik weet waar die X wonen" (a threat the rules read in
/// `Lexicons/harmful.tsv`, which keeps its own exception for "niet") and doubted the ignorance as well. Not knowing is
/// no threat, so <see cref="Learning.SecondOpinion"/> adds no harmful doubt where this holds.
/// </summary>
internal static class WhereaboutsUnknown
{
    private static readonly ClassMask Hostile = Words.InsultNoun | Words.Slur | Words.Dehumanising | Words.NegativeAttribute
        | Words.Curse | Words.HateEmotion | Words.Weapon | Words.HarmVerb | Words.RemovalVerb;

    public static bool Holds(CheckContext context)
    {
        if ((context.PostClasses & Words.Group) == 0 || (context.PostClasses & Hostile) != 0)
        {
            return false;
        }

        var (t, c) = (context.Tokens, context.Classes);
        for (var w = 1; w < t.Count; w++)
        {
            if (t[w].Key != "waar" || !Unknown(context, w))
            {
                continue;
            }

            for (var g = w + 1; g <= Math.Min(t.Count - 2, w + 3) && t[g].Sentence == t[w].Sentence; g++)
            {
                // "waar die Syriërs wonen", "waar de Polen nu zitten": the verb right after the group or one word on.
                if ((c[g] & Words.Group) != 0 && (Staying(t[g + 1].Key) || (g + 2 < t.Count && Staying(t[g + 2].Key))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "geen (flauw) idee", "geen benul", "weet/weten (echt) niet" right before "waar".
    private static bool Unknown(CheckContext context, int w)
    {
        var t = context.Tokens;
        for (var j = w - 1; j >= Math.Max(0, w - 3) && t[j].Sentence == t[w].Sentence; j--)
        {
            if (t[j].Key is "idee" or "benul" or "flauw")
            {
                return j > 0 && (t[j - 1].Key is "geen" or "flauw" || (j > 1 && t[j - 2].Key == "geen"));
            }

            if (t[j].Key is "niet" or "nie")
            {
                return (j > 0 && Knowing(t[j - 1].Key)) || (j > 1 && Knowing(t[j - 2].Key));
            }
        }

        return false;
    }

    private static bool Knowing(string key) => key is "weet" or "weten" or "wist" or "wisten";

    private static bool Staying(string key) =>
        key is "wonen" or "woont" or "woonde" or "woonden" or "zitten" or "zit" or "zijn" or "is" or "verblijven" or "gebleven" or "slapen" or "werken";
}
