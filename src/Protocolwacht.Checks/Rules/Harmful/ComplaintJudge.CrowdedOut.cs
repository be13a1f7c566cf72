namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 49 (lead): the core of the work crowded out by its meetings, asked as a question: "Op maandag vergaderen, dinsdag
// een overleg, woensdag een studiemiddag. Wanneer geven we eigenlijk les?", "Twee evaluaties en een teamoverleg per week.
// Wanneer kom ik nog aan lesgeven toe?". A question opened by "wanneer" with "eigenlijk" or "nog", the first person and
// the core of teaching (class teaching-core), after a sentence listing two or more of the work's meetings, forms or plans
// (class work-measure). "Wanneer geven we eigenlijk les in het nieuwe lokaal?" follows no such list.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask TeachingCore = Language.WordClasses.Default.Mask("teaching-core");

    private static (int, int)? CrowdedOut(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var si = 1; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (t[s.First].Key != "wanneer" || !Asked(context, s) || !s.Has(c, Words.FirstPerson) || !s.Has(c, TeachingCore) || !Impatient(context, s)
                || CountOf(context, sentences[si - 1], WorkMeasure) < 2)
            {
                continue;
            }

            return (sentences[si - 1].First, s.Last);
        }

        return null;
    }

    private static bool Impatient(CheckContext context, Sentence s)
    {
        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "eigenlijk" or "nog")
            {
                return true;
            }
        }

        return false;
    }

    private static int CountOf(CheckContext context, Sentence s, in ClassMask mask)
    {
        var n = 0;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & mask) != 0)
            {
                n++;
            }
        }

        return n;
    }
}
