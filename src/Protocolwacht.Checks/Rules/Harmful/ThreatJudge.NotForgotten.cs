namespace Protocolwacht.Checks.Rules.Harmful;

// Thirtieth pass (rules26): a grudge told as not forgotten. "Die twee vaders hebben me uitgelachen en gefilmd. Dat vergeet
// ik niet.", "Die trainer heeft mijn zoon uitgelachen voor het hele team, dat vergeet ik niet": "dat/dit/die vergeet ik
// (echt) niet/nooit" opening its clause, after a deed of scorn (`scorn-deed`, or "voor schut") done to the author or the
// author's own by someone, in the sentence or the one before. Praise, thanks or help in either sentence make it a
// memory ("Die juf heeft mijn dochter zo geholpen toen ze gepest werd. Dat vergeten we nooit."), as does a day or a song
// not forgotten (no deed of scorn).
// Thirty-first pass (rules27): not forgiven is not forgotten ("dat vergeef ik hem nooit"); "voor gek" (gezet) and
// "belachelijk" (gemaakt) are deeds of scorn as "voor schut" is; and the vow may follow "en" or "maar" after a comma
// ("Hij heeft me vernederd tijdens de ouderavond, en dat vergeef ik hem nooit").
internal static partial class ThreatJudge
{
    private static readonly ClassMask ScornDeed = Language.WordClasses.Default.Mask("scorn-deed");

    private static bool GrudgeNotForgotten(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var vow = NotForgottenAt(context, s);
        if (vow < 0)
        {
            return false;
        }

        var c = context.Classes;
        var before = si > 0 ? sentences[si - 1] : s;
        if (s.Has(c, Befriending) || before.Has(c, Befriending) || before.Fictional(context))
        {
            return false;
        }

        var first = before.First;
        var scorned = false;
        var author = false;
        for (var k = first; k < vow; k++)
        {
            scorned |= (c[k] & ScornDeed) != 0 || MadeRidiculous(context, before.First, k)
                || (context.Tokens[k].Key is "schut" or "gek" && k > first && context.Tokens[k - 1].Key == "voor");
            author |= (c[k] & (Words.FirstPerson | Words.FirstPossessive)) != 0;
        }

        return scorned && author && (Someone(context, before) || Someone(context, s));
    }

    // "Dat vergeet ik niet", ", dit vergeten wij nooit", "Die vergeet ik echt niet": the vow opening its clause; the position
    // of its "dat/dit/die", or -1.
    private static int NotForgottenAt(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j + 3 <= s.Last; j++)
        {
            if (t[j].Key is not ("dat" or "dit" or "die") || t[j + 1].Key is not ("vergeet" or "vergeten" or "vergeef" or "vergeven")
                || t[j + 2].Key is not ("ik" or "we" or "wij") || (j > s.First && !OpensClause(context, s, j)))
            {
                continue;
            }

            for (var m = j + 3; m <= s.Last && m <= j + 4; m++)
            {
                if (t[m].Key is "niet" or "nooit")
                {
                    return j;
                }
            }
        }

        return -1;
    }

    // "belachelijk" made of someone: "maakte mij belachelijk", "heeft me belachelijk gemaakt"; "dat is belachelijk" is an
    // opinion, no deed.
    private static bool MadeRidiculous(CheckContext context, int first, int k)
    {
        var t = context.Tokens;
        if (t[k].Key != "belachelijk")
        {
            return false;
        }

        for (var m = Math.Max(first, k - 3); m < t.Count && m <= k + 1; m++)
        {
            if (t[m].Key is "maakte" or "maakten" or "maakt" or "maken" or "gemaakt")
            {
                return true;
            }
        }

        return false;
    }

    // A clause break right before the word, or before an "en"/"maar" right before it.
    private static bool OpensClause(CheckContext context, Sentence s, int j) =>
        context.ClauseBreakBetween(j - 1, j)
        || (context.Tokens[j - 1].Key is "en" or "maar" && j - 1 > s.First && context.ClauseBreakBetween(j - 2, j - 1));
}
