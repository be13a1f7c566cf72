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

    // What "daar gaan we weer" can be weary of: a meeting, form or plan, the organisation, or a change it imposes. (The
    // masks are read here, not from ComplaintJudge.cs's fields: the order of static initialisers across partial files is
    // not defined.)
    private static readonly ClassMask Imposed = Language.WordClasses.Default.Mask("work-measure") | Words.OrganisationTarget
        | Language.WordClasses.Default.Mask("organisation-change");

    // "Daar gaan we weer. Vanaf maandag een nieuw registratiesysteem.": the thing sighed at is often named only in the
    // next sentence, which the lexicon's requirements (the same sentence or the one before) cannot see. A trip or a
    // celebration that starts again names none of these ("Daar gaan we weer! Groep 8 vertrekt naar kamp."), and praise
    // in either sentence makes it eagerness ("Daar gaan we weer: een nieuwe studiedag, we hebben er zin in!").
    private static (int, int)? ThereWeGoAgain(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var si = 0; si + 1 < sentences.Count; si++)
        {
            var s = sentences[si];
            var next = sentences[si + 1];
            for (var k = s.First; k + 2 <= s.Last; k++)
            {
                if (t[k].Key is not ("daar" or "hier") || t[k + 1].Key != "gaan" || t[k + 2].Key is not ("we" or "wij"))
                {
                    continue;
                }

                var again = k + 3 <= s.Last && t[k + 3].Key == "weer" ? k + 3 : k + 4 <= s.Last && t[k + 4].Key == "weer" ? k + 4 : -1;
                if (again >= 0 && next.Has(c, Imposed) && !next.Has(c, Pleased | Words.NationalGovernment) && !s.Has(c, Pleased) && !Eager(context, next))
                {
                    return (k, next.Last);
                }
            }
        }

        return null;
    }

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

    // "we hebben er zin in", "zin om te beginnen": eagerness, the idiom rather than a word of praise.
    private static bool Eager(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key == "zin" && t[k + 1].Key is "in" or "om")
            {
                return true;
            }
        }

        return false;
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
