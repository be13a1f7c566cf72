namespace Protocolwacht.Checks.Rules.Harmful;

// A failure of the building told without a breakdown word, and a schedule set for the author by the organisation: the
// school as the target of a polite complaint. "Het is 14 graden in mijn lokaal", "binnen 28 graden", "als het regent
// staan er emmers in de gang", "mijn rooster is door de directie zo ingedeeld dat ik zonder pauze …". The weather outside,
// buckets of paint and a timetable told as news name no failure.
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields: the order of static initialisers across partial files is
    // not defined (SchoolJudgeMaskTests).
    private static readonly ClassMask Indoor = Language.WordClasses.Default.Mask("indoor");
    private static readonly ClassMask LeakSign = Language.WordClasses.Default.Mask("leak-sign");
    private static readonly ClassMask Rain = Language.WordClasses.Default.Mask("rain");
    private static readonly ClassMask Imposition = Language.WordClasses.Default.Mask("imposition");
    private static readonly ClassMask Facility = Language.WordClasses.Default.Mask("school-facility");
    private static readonly ClassMask Repaired = Language.WordClasses.Default.Mask("repaired");

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["nul"] = 0,
        ["een"] = 1,
        ["twee"] = 2,
        ["drie"] = 3,
        ["vier"] = 4,
        ["vijf"] = 5,
        ["zes"] = 6,
        ["zeven"] = 7,
        ["acht"] = 8,
        ["negen"] = 9,
        ["tien"] = 10,
        ["elf"] = 11,
        ["twaalf"] = 12,
        ["dertien"] = 13,
        ["veertien"] = 14,
        ["vijftien"] = 15,
        ["zestien"] = 16,
        ["dertig"] = 30,
    };

    private static (int, int)? Building(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        // "De lekkage in het speellokaal is verholpen; … weer binnen": news of the repair. Once per post, not per sentence:
        // a scan of every token per sentence made a long text's check quadratic.
        var repaired = Rules.CopyrightJudges.CopyWords.Anywhere(context, Repaired);
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (s.Has(c, Words.NationalGovernment))
            {
                continue;
            }

            if (!repaired && Temperature(context, s) is { } degrees)
            {
                return degrees;
            }

            if (!repaired && LeakInside(context, sentences, si))
            {
                return (s.First, s.Last);
            }

            if (ImposedSchedule(context, s))
            {
                return (s.First, s.Last);
            }
        }

        return null;
    }

    // "14 graden in mijn lokaal", "om elf uur is het binnen 28 graden": a temperature no one should work in (16 or lower,
    // 27 or higher, up to 45) in a sentence about the inside of the school, not the weather outside ("buiten 30 graden").
    private static (int, int)? Temperature(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        if (!s.Has(context.Classes, Indoor) || Enumerable.Range(s.First, s.Last - s.First + 1).Any(k => t[k].Key is "buiten" or "naar"))
        {
            return null;
        }

        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if (t[k].Key is not ("graden" or "graad"))
            {
                continue;
            }

            var n = int.TryParse(t[k - 1].Key, out var digits) ? digits : NumberWords.GetValueOrDefault(t[k - 1].Key, -100);
            if (k >= 2 && t[k - 2].Key == "min")
            {
                n = -n;
            }

            if (n is >= -10 and <= 16 or >= 27 and <= 45)
            {
                return (k - 1, k);
            }
        }

        return null;
    }

    // "Als het regent staan er emmers in de gang": a sign of a leak near a word for the inside (within six words, not
    // "naar binnen"), with rain in this sentence or the one before, or told as a repeat ("alweer", "weer eens", "steeds"; a
    // plain "weer" is as often the room back in use: "de gymzaal is weer open na de lekkage").
    private static bool LeakInside(CheckContext context, List<Sentence> sentences, int si)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var s = sentences[si];
        var leak = s.Find(c, LeakSign);
        var inside = s.Find(c, Indoor);
        if (leak < 0 || inside < 0 || Math.Abs(leak - inside) > 6 || (inside > 0 && t[inside - 1].Key == "naar") || (inside > 1 && t[inside - 2].Key == "naar"))
        {
            return false;
        }

        var from = si > 0 ? sentences[si - 1].First : s.First;
        for (var k = from; k <= s.Last; k++)
        {
            if ((c[k] & Rain) != 0 || (k >= s.First && (t[k].Key is "alweer" or "steeds" or "telkens" || (t[k].Key == "weer" && k < s.Last && t[k + 1].Key == "eens"))))
            {
                return true;
            }
        }

        return false;
    }

    // "Mijn rooster is door de directie zo ingedeeld dat ik … zonder pauze", "Mijn planning is weer van bovenaf vastgesteld.
    // Meedenken was er niet bij.": the author's own timetable or planning, set by the organisation or from above, with a
    // grievance (a negative word, a negation, "zonder") and no praise in the post. A timetable told as news names no one
    // who set it ("Mijn rooster voor volgend jaar is rond").
    private static bool ImposedSchedule(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var schedule = -1;
        for (var k = s.First; k < s.Last && schedule < 0; k++)
        {
            if (t[k].Key is "mijn" or "ons" or "onze" && (c[k + 1] & Facility) != 0 && (t[k + 1].Key.EndsWith("rooster", StringComparison.Ordinal) || t[k + 1].Key.EndsWith("planning", StringComparison.Ordinal)))
            {
                schedule = k + 1;
            }
        }

        if (schedule < 0)
        {
            return false;
        }

        bool setBy = false, grievance = false;
        for (var k = 0; k < t.Count; k++)
        {
            if ((c[k] & (Words.Positive | Words.Gratitude)) != 0)
            {
                return false;
            }

            setBy |= k != schedule && ((c[k] & Imposition) != 0 || ((c[k] & Words.OrganisationTarget) != 0 && (c[k] & Facility) == 0));
            grievance |= (c[k] & (Words.Negative | Words.Negation)) != 0 || t[k].Key == "zonder";
        }

        return setBy && grievance;
    }
}
