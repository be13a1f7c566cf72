namespace Protocolwacht.Checks.Rules.Harmful;

// A defect reported long ago or many times and still there (twenty-fifth pass, school21): "vier weken geleden gemeld … er
// staat nog steeds een emmer", "de lamp heb ik in september al gemeld. Hij knippert nog steeds.", "al twee keer
// doorgegeven, nog altijd geen nieuw slot", "de schuifdeur blijft hangen, ik heb het al drie keer doorgegeven". A word of
// reporting (class defect-report) with "nog steeds/altijd" in its sentence or the next, or counted in times, beside a
// thing of the building or a breakdown. A repair anywhere in the post ("gisteren is het dak al gerepareerd") is news.
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields (SchoolJudgeMaskTests).
    private static readonly ClassMask DefectReport = Language.WordClasses.Default.Mask("defect-report");
    private static readonly ClassMask RepairedThing = Language.WordClasses.Default.Mask("repaired");
    private static readonly ClassMask ThingThatFails = Language.WordClasses.Default.Mask("school-facility") | Language.WordClasses.Default.Mask("indoor")
        | Language.WordClasses.Default.Mask("breakdown") | Language.WordClasses.Default.Mask("disruption") | Language.WordClasses.Default.Mask("heating");
    private static readonly ClassMask TimesUnit = Language.WordClasses.Default.Mask("countdown-unit");
    private static readonly ClassMask ReportPraised = Words.Positive | Language.WordClasses.Default.Mask("gratitude");

    private static (int, int)? ReportedInVain(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var report = s.Find(c, DefectReport);
            if (report < 0 || s.NegatedAt(context, report, 2) || s.Has(c, Words.NationalGovernment | ReportPraised))
            {
                continue;
            }

            var next = si + 1 < sentences.Count ? sentences[si + 1] : s;
            var failing = s.Has(c, ThingThatFails) || next.Has(c, ThingThatFails);
            if (failing && (StillThere(context, s) || StillThere(context, next) || CountedTimes(context, s)))
            {
                return Rules.CopyrightJudges.CopyWords.Anywhere(context, RepairedThing) ? null : (s.First, next.Last);
            }
        }

        return null;
    }

    // "nog steeds", "nog altijd", "nog niks/niets": the defect has not gone.
    private static bool StillThere(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key == "nog" && ((t[k + 1].Key is "steeds" or "altijd") || (context.Classes[k + 1] & Words.Negation) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // "al twee keer", "drie keer": reported a number of times (more than once); "twee weken" is a span, read by Lasting.
    private static bool CountedTimes(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if ((context.Classes[k] & TimesUnit) != 0 && t[k].Key == "keer"
                && (int.TryParse(t[k - 1].Key, out var digits) ? digits : NumberWords.GetValueOrDefault(t[k - 1].Key, 0)) >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
