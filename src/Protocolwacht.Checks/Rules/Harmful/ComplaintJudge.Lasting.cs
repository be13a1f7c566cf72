namespace Protocolwacht.Checks.Rules.Harmful;

// Weariness told by how long something has lasted, without a repeat word or an ordinal: a thing of the building that
// stands still or leaks "al twee weken", "nog steeds", "alweer" ("de lift staat al sinds de kerst stil", "het dak lekt
// nog steeds", "het is nog steeds ijskoud in de gymzaal"), and a wait for the organisation that lasts ("al een heel
// schooljaar wachten we op …", "we weten na drie maanden nog steeds niet …"). A repair, a plan told as news ("de lift
// staat deze week stil voor onderhoud") or a wait with praise ("we wachten al weken op mooi weer") is no grievance.
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields (SchoolJudgeMaskTests).
    private static readonly ClassMask Breakdown = Language.WordClasses.Default.Mask("breakdown");
    private static readonly ClassMask IndoorClimate = Language.WordClasses.Default.Mask("indoor-climate");
    private static readonly ClassMask Span = Language.WordClasses.Default.Mask("duration-unit") | Language.WordClasses.Default.Mask("countdown-unit");
    private static readonly ClassMask BuildingPart = Language.WordClasses.Default.Mask("school-facility") | Language.WordClasses.Default.Mask("indoor");
    private static readonly ClassMask Fixed = Language.WordClasses.Default.Mask("repaired");
    private static readonly ClassMask Content = Words.Positive | Language.WordClasses.Default.Mask("gratitude") | Language.WordClasses.Default.Mask("gain");

    private static (int, int)? Lasting(CheckContext context, List<Sentence> sentences)
    {
        if (Rules.CopyrightJudges.CopyWords.Anywhere(context, Fixed))
        {
            return null;
        }

        var c = context.Classes;
        foreach (var s in sentences)
        {
            if (s.Has(c, Words.NationalGovernment | Content) || Outside(context, s))
            {
                continue;
            }

            var failing = s.Has(c, BuildingPart) && (Broken(context, s) || s.Has(c, IndoorClimate)) && (LastedFor(context, s) || Recurs(context, s));
            if (failing || (Waited(context, s) && s.Has(c, Words.OrganisationTarget | BuildingPart | Words.FirstPerson)))
            {
                return (s.First, s.Last);
            }
        }

        return null;
    }

    // A breakdown word, "staat/ligt stil", "ligt er … uit", or "doet het niet" / "werkt niet".
    private static bool Broken(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            // "Geen storingen meer sinds het nieuwe netwerk": a breakdown denied is praise.
            if ((context.Classes[k] & Breakdown) != 0 && !s.NegatedAt(context, k, 2))
            {
                return true;
            }

            if (t[k].Key == "stil" && Within(context, s, k, 3, "staat", "stond", "staan", "stonden", "ligt", "lag", "liggen"))
            {
                return true;
            }

            // "de kopieermachine ligt er al twee weken uit": "eruit" split around the time it has lasted.
            if (t[k].Key == "uit" && Within(context, s, k, 6, "er") && Within(context, s, k, 7, "ligt", "lag", "liggen"))
            {
                return true;
            }

            if (t[k].Key is "niet" && Within(context, s, k, 4, "doet", "doen", "deed", "werkt", "werken", "werkte"))
            {
                return true;
            }
        }

        return false;
    }

    // A failure told as lasting: "al twee weken", "al maanden", "al sinds", "sinds de zomer", "nog steeds", "nog altijd",
    // "na drie maanden".
    private static bool LastedFor(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            if (t[k].Key == "sinds" || (t[k].Key == "nog" && k < s.Last && t[k + 1].Key is "steeds" or "altijd"))
            {
                return true;
            }

            if (t[k].Key is "al" or "na" && SpanAfter(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // A span within four words after "al" or "na": "al twee weken", "na een heel schooljaar".
    private static bool SpanAfter(CheckContext context, Sentence s, int k)
    {
        for (var j = k + 1; j <= Math.Min(s.Last, k + 4); j++)
        {
            if ((context.Classes[j] & Span) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "alweer", "telkens", "wederom". A plain "weer" is not enough (FifteenthPassSchoolPatternTests: "de printer werkt weer
    // niet" once is no grievance, and "weer" is as often the thing working again).
    private static bool Recurs(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "alweer" or "telkens" or "wederom")
            {
                return true;
            }
        }

        return false;
    }

    // A wait that has lasted a span ("al een heel schooljaar wachten we", "na drie maanden nog steeds niet"): a wait verb or
    // "nog steeds/altijd" with a negation, beside a span after "al", "na" or "sinds".
    private static bool Waited(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        bool span = false, waiting = false;
        for (var k = s.First; k <= s.Last; k++)
        {
            span |= t[k].Key == "sinds" || (t[k].Key is "al" or "na" && SpanAfter(context, s, k));
            waiting |= t[k].Key is "wachten" or "wacht" or "wachtten" or "gewacht"
                || (t[k].Key == "nog" && k + 2 <= s.Last && t[k + 1].Key is "steeds" or "altijd" && t[k + 2].Key is "niet" or "geen" or "niks" or "niets");
        }

        return span && waiting;
    }

    // "buiten": the weather outside, not the inside of the school.
    private static bool Outside(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "buiten")
            {
                return true;
            }
        }

        return false;
    }

    // One of the words within `reach` before token k in the sentence.
    private static bool Within(CheckContext context, Sentence s, int k, int reach, params string[] words)
    {
        for (var j = Math.Max(s.First, k - reach); j < k; j++)
        {
            if (Array.IndexOf(words, context.Tokens[j].Key) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
