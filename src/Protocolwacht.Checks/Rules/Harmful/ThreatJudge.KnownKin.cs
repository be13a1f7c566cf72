namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-seventh pass (school33): knowing someone's people or home said beside a warning, in either order: "Die buurman
// moet oppassen, ik ken zijn kinderen.", "Ik ken uw kinderen en uw huis. Kijk maar goed uit." `KnownThenWarned` needs a
// place or time ("waar", "hoe laat") and the warning after it; here the knowing names the family or the house itself
// (a possessive of someone other than the author, then a relative, a companion, a home or a thing owned), and the warning
// may come first. Care for a hazard, thanks or help ("pas op bij de oversteek, ik ken je kinderen, ze rennen zo de weg
// op" names the road as the danger) and a story keep it a chat.
internal static partial class ThreatJudge
{
    private static bool KnownKinWarned(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var c = context.Classes;
        if (!s.Has(c, Words.FirstPerson) || !s.Has(c, Words.OthersPossessive) || s.Has(c, Words.Hazard | Words.Gratitude | Words.HelpGiven | Words.Errand) || s.Fictional(context))
        {
            return false;
        }

        var know = KnowsTheirs(context, s);
        if (know < 0)
        {
            return false;
        }

        var hasNext = si + 1 < sentences.Count;
        return Warning(context, s, s.First)
            || (hasNext && !sentences[si + 1].Has(c, Words.Hazard | Words.Gratitude | Words.HelpGiven) && Warning(context, sentences[si + 1], sentences[si + 1].First));
    }

    // "ik ken zijn kinderen", "ik ken uw vrouw", "we kennen jouw huis": a verb of knowing, not negated, then within three
    // words another's possessive and the person or thing.
    private static int KnowsTheirs(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key is not ("ken" or "kennen" or "kent") || s.NegatedAt(context, k, 2))
            {
                continue;
            }

            for (var j = k + 1; j < s.Last && j <= k + 3 && !context.ClauseBreakBetween(k, j); j++)
            {
                if ((c[j] & Words.OthersPossessive) != 0 && (c[j + 1] & (Words.Kin | Words.Companion | Words.Home | Words.Property)) != 0)
                {
                    return k;
                }
            }
        }

        return -1;
    }
}
