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
    private static readonly ClassMask Downpour = Language.WordClasses.Default.Mask("rain");
    private static readonly ClassMask Heating = Language.WordClasses.Default.Mask("heating");
    // A room of the school, not a device: "nog steeds geen internet" is as often the modem at home (dev2-282).
    private static readonly ClassMask Room = Language.WordClasses.Default.Mask("indoor");
    private static readonly ClassMask Awaited = Language.WordClasses.Default.Mask("organisation-target") | Language.WordClasses.Default.Mask("staff-role");
    private static readonly ClassMask Persist = Language.WordClasses.Default.Mask("persist-verb");
    private static readonly ClassMask Symptom = Language.WordClasses.Default.Mask("symptom") | Language.WordClasses.Default.Mask("indoor-climate");
    private static readonly ClassMask Content = Words.Positive | Language.WordClasses.Default.Mask("gratitude") | Language.WordClasses.Default.Mask("gain");
    private static readonly ClassMask Recurrence = Language.WordClasses.Default.Mask("recurrence");
    private static readonly ClassMask Elsewhere = Language.WordClasses.Default.Mask("elsewhere");
    private static readonly ClassMask Promise = Language.WordClasses.Default.Mask("promise");
    private static readonly ClassMask WaitVerb = Language.WordClasses.Default.Mask("wait-verb");
    private static readonly ClassMask FailingVerb = Language.WordClasses.Default.Mask("breakdown") | Language.WordClasses.Default.Mask("disruption");
    private static readonly ClassMask LeadersOfTheSchool = Language.WordClasses.Default.Mask("leadership");

    private static (int, int)? Lasting(CheckContext context, List<Sentence> sentences)
    {
        if (Rules.CopyrightJudges.CopyWords.Anywhere(context, Fixed))
        {
            return null;
        }

        // Thirty-first pass (school27): a thing of the building that fails again, told on the school's or Konot's own account
        // without its leaders named, is the school's notice of its own machine ("Potverdikkie, het kopieerapparaat doet het
        // alweer niet. De huiswerkbladen komen morgen mee."), as HarmfulStatementRule decides for the lexicon's stall lines;
        // from a personal account, or beside the board or the directie, it stays a complaint about the employer.
        var ownNotice = !context.IsPersonal && (context.PostClasses & LeadersOfTheSchool) == 0;
        var c = context.Classes;
        foreach (var s in sentences)
        {
            if (s.Has(c, Words.NationalGovernment | Content) || Outside(context, s))
            {
                continue;
            }

            var failing = !ownNotice && s.Has(c, BuildingPart) && (Broken(context, s) || s.Has(c, IndoorClimate)) && (LastedFor(context, s) || Recurs(context, s) || Neglected(context));
            var cold = (s.Has(c, Heating) && Broken(context, s)) || (s.Has(c, BuildingPart | Heating) && (ColdRoom(context, s) || Persisting(context, s)));
            if (failing || cold || (Waited(context, s) && s.Has(c, Words.OrganisationTarget | BuildingPart | Words.FirstPerson)) || StillWaiting(context, s))
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

            // "de printer slaat steeds af midden in …", "het digibord valt telkens uit", "de laptops lopen keer op keer vast": a
            // verb of breaking down split around a few adverbs (twenty-fifth pass); the particle need not end the clause.
            if ((context.Classes[k] & Words.Particle) != 0 && SplitBefore(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // The verb of a breakdown at most four words before the particle at k, joined to it ("valt" + "uit" → "uitvalt").
    private static bool SplitBefore(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= Math.Max(s.First, k - 4); j--)
        {
            if (SplitVerb.Joins(t[k], t[j], FailingVerb))
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

            if (t[k].Key is "al" or "na" && SpanAfter(context, s, k) || SpanLater(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // "drie maanden later", "twee weken later": the span told after it.
    private static bool SpanLater(CheckContext context, Sentence s, int k) =>
        context.Tokens[k].Key == "later" && k > s.First && (context.Classes[k - 1] & Span) != 0;

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
            // "bij elke regenbui": a leak that comes back with the rain. "steeds", "om de haverklap" (class recurrence) and
            // "keer op keer", "dag na dag" (a unit, "op" or "na", the unit again) count beside a breakdown (twenty-fifth pass).
            if ((context.Classes[k] & Recurrence) != 0 || (context.Tokens[k].Key is "elke" or "iedere" && k < s.Last && (context.Classes[k + 1] & Downpour) != 0)
                || UnitAfterUnit(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // "keer op keer", "dag na dag", "week in week uit": a countdown unit, a preposition and the same unit.
    private static bool UnitAfterUnit(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        return k + 2 <= s.Last && (context.Classes[k] & CountdownUnit) != 0 && (context.Classes[k + 1] & Words.Particle) != 0 && t[k + 2].Key == t[k].Key;
    }

    // A wait that has lasted a span ("al een heel schooljaar wachten we", "na drie maanden nog steeds niet"): a wait verb or
    // "nog steeds/altijd" with a negation, beside a span after "al", "na" or "sinds".
    private static bool Waited(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        bool span = false, waiting = false;
        for (var k = s.First; k <= s.Last; k++)
        {
            span |= t[k].Key == "sinds" || (t[k].Key is "al" or "na" && SpanAfter(context, s, k)) || SpanLater(context, s, k);
            waiting |= t[k].Key is "wachten" or "wacht" or "wachtten" or "gewacht"
                || (t[k].Key == "nog" && k + 2 <= s.Last && t[k + 1].Key is "steeds" or "altijd" && t[k + 2].Key is "niet" or "geen" or "niks" or "niets")
                || (t[k].Key == "nog" && k < s.Last && t[k + 1].Key is "niets" or "niks" or "geen");
        }

        return span && waiting;
    }

    // A wait told without its span (twenty-third pass): "we wachten nog op de laptops die ons zijn beloofd", "we wachten op
    // het bestuur", "nog altijd geen vervanger", "nog steeds geen antwoord van het bestuursbureau". The thing awaited is
    // promised, or the organisation, a colleague to come or a room of the school; "we wachten nog op de uitslag" and "nog altijd geen sneeuw"
    // are not.
    private static bool StillWaiting(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k < s.Last; k++)
        {
            var still = t[k].Key == "nog" && k + 2 <= s.Last && t[k + 1].Key is "steeds" or "altijd" && t[k + 2].Key is "niet" or "geen";
            if (still && s.Has(c, Awaited | Room))
            {
                return true;
            }

            // Waiting or hoping for a thing promised or for the organisation ("we blijven hopen op de toegezegde extra handen";
            // "we hopen op mooi weer" is no grievance).
            if ((c[k] & WaitVerb) != 0 && (s.Has(c, Promise) || AwaitedAfter(context, s, k)))
            {
                return true;
            }
        }

        return false;
    }

    // "wachten (nog) op het bestuur", "wacht op de directie": the organisation within four words after "op".
    private static bool AwaitedAfter(CheckContext context, Sentence s, int k)
    {
        for (var j = k + 1; j <= Math.Min(s.Last, k + 3); j++)
        {
            if (context.Tokens[j].Key != "op")
            {
                continue;
            }

            for (var i = j + 1; i <= Math.Min(s.Last, j + 4); i++)
            {
                if ((context.Classes[i] & Words.OrganisationTarget) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A symptom told as going on (twenty-fourth pass): "de radiatoren blijven koud", "het blijft tochten", "blijft maar
    // stinken", "dat het lokaal koud blijft": a form of "blijven" with a symptom up to three words either side.
    private static bool Persisting(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & Persist) == 0)
            {
                continue;
            }

            for (var j = Math.Max(s.First, k - 3); j <= Math.Min(s.Last, k + 3); j++)
            {
                if (j != k && (c[j] & Symptom) != 0 && !s.NegatedAt(context, j, 2))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A room below what anyone works in: "in lokaal 4 is het 16 graden" (a figure under 18 before "graden").
    private static bool ColdRoom(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if (t[k].Key == "graden" && int.TryParse(t[k - 1].Key, out var degrees) && degrees is > 5 and < 18)
            {
                return true;
            }
        }

        return false;
    }

    // "niemand doet er iets aan", "er gebeurt niets/niks mee": the failure left as it is.
    private static bool Neglected(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k + 1 < t.Count; k++)
        {
            if ((t[k].Key == "niemand" && t[k + 1].Key is "doet" or "deed" or "reageert") || (t[k].Key is "gebeurt" or "gebeurde" && t[k + 1].Key is "niets" or "niks"))
            {
                return true;
            }
        }

        return false;
    }

    // "buiten", "thuis" (class elsewhere): the weather outside or a thing at home, not the inside of the school. With a
    // thing of the building in the sentence, only in its clause: "De kopieermachine op school ligt er al twee weken uit, ik
    // print mijn werkbladen thuis" is the school's machine.
    private static bool Outside(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!s.Has(c, Elsewhere))
        {
            return false;
        }

        var thing = s.Find(c, BuildingPart | Heating);
        if (thing < 0)
        {
            return true;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & Elsewhere) != 0 && !context.ClauseBreakBetween(Math.Min(k, thing), Math.Max(k, thing)))
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
