namespace Protocolwacht.Checks.Rules.Harmful;

// "Komt er wéér een nieuw registratieformulier", "En nu is het rooster alweer omgegooid", "Moeten we nu WEER een
// verantwoordingsdocument invullen": "again" stressed (an accent or capitals on "weer") or "alweer"/"wederom", in a
// sentence about a meeting, form or plan of the work or about the organisation, is weariness with it. A plain "weer" is
// too common ("we hebben weer een vergadering gehad") and praise or gain beside it ("Alweer een studiedag achter de rug,
// wat hebben we veel geleerd", "Wéér een prijs … Trots!") is pride.
internal static partial class ComplaintJudge
{
    // Praise, gratitude, or what was gained ("wat hebben we veel geleerd").
    private static readonly ClassMask Pleased = Words.Positive | Language.WordClasses.Default.Mask("gratitude") | Language.WordClasses.Default.Mask("gain");

    private static (int, int)? Again(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (s.Has(c, Words.NationalGovernment) || !s.Has(c, WorkMeasure | Words.OrganisationTarget))
            {
                continue;
            }

            for (var k = s.First; k <= s.Last; k++)
            {
                var weary = t[k].Key is "alweer" or "wederom" || (t[k].Key == "weer" && Stressed(context, k));
                if (weary && !s.Has(c, Pleased) && !(si + 1 < sentences.Count && sentences[si + 1].Has(c, Pleased)))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // "wéér", "wèèr", "WEER" in a sentence not written in capitals: the writer stressed it.
    private static bool Stressed(CheckContext context, int k)
    {
        var (start, end) = context.Text.ToOriginal(context.Tokens[k].Start, context.Tokens[k].End);
        var word = context.Text.Original.AsSpan(start, end - start);
        return word.ContainsAny("éèÉÈ") || (word.Length == 4 && word.IndexOfAnyInRange('a', 'z') < 0 && !AllCapitals(context.Text.Original));
    }

    private static bool AllCapitals(string text) => text.AsSpan().IndexOfAnyInRange('a', 'z') < 0;
}
