namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// A complaint about the building or the timetable dressed as praise (doubt, like any complaint about one's own
/// school): "13 graden in mijn lokaal en de verwarming doet het weer eens niet. Top geregeld!", "wat fijn dat het
/// rooster nog even wordt omgegooid, echt lekker plannen zo 👏". Three things together: a word for the building or
/// timetable (<c>school-facility</c>), praise marked as ironic (a positive word before a participle of planning,
/// <c>organised</c>: "geregeld", "gepland", "georganiseerd"), praise sent "voor/aan wie" made it, or a positive word or <c>ironic-praise</c> ("wat een feest") in
/// a post with an ironic emoji), and a grievance (a negation, a negative word, a <c>disruption</c>, or things piled on
/// "dezelfde dag/week" or counted into one: "zes vergaderingen in de toetsweek"; praise of how it was "gepland" names the
/// timetable too). Sincere praise of a new roof or a working heating has no grievance beside it.
/// </summary>
internal static class SarcasticComplaintJudge
{
    private static readonly ClassMask Facility = Language.WordClasses.Default.Mask("school-facility");
    private static readonly ClassMask Disruption = Language.WordClasses.Default.Mask("disruption");
    private static readonly ClassMask IronicPraise = Language.WordClasses.Default.Mask("ironic-praise");
    private static readonly ClassMask RoutineTime = Language.WordClasses.Default.Mask("routine-time");
    private static readonly ClassMask Organised = Language.WordClasses.Default.Mask("organised");
    private static readonly ClassMask CountWord = Language.WordClasses.Default.Mask("count-word");

    // Upside-down face, clapping hands, eye roll, clown face, unamused face, melting face, OK hand, raised hands, smirk.
    // Raised hands are sincere as often as not: like the others they mark irony only beside a grievance.
    private static readonly int[] IronicEmoji = [0x1F643, 0x1F44F, 0x1F644, 0x1F921, 0x1F612, 0x1FAE0, 0x1F44C, 0x1F64C, 0x1F60F];

    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        if (!((context.PostClasses & Facility) != 0 || PlanningPraised(context)) || (context.PostClasses & Words.NationalGovernment) != 0 || !Grievance(context))
        {
            return null;
        }

        var ironicEmoji = Emoji.AnyOf(context.Request.Text, IronicEmoji);
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if ((c[k] & (Words.Positive | IronicPraise)) == 0 || (k > 0 && (c[k - 1] & Words.Negation) != 0))
            {
                continue;
            }

            var organised = OrganisedAfter(context, k);

            // "Chapeau voor wie de jaarplanning maakte": praise sent to whoever made it.
            var toTheMaker = k + 2 < t.Count && t[k + 1].Key is "voor" or "aan" && t[k + 2].Key == "wie";
            if (organised || toTheMaker || ironicEmoji)
            {
                var sentence = Sentence.Containing(sentences, k);
                return (k, sentence.Last >= k ? sentence.Last : k);
            }
        }

        return null;
    }

    // "top geregeld", and thirty-ninth pass (school35): the participle a few words further in the clause, "goed over is
    // nagedacht", "zo mooi voor ons ingeroosterd": praise of how something was planned with the auxiliary or an adverb
    // between. Not past a comma or a negation ("goed, maar niet gepland").
    private const int PraiseReach = 3;

    private static bool OrganisedAfter(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var j = k + 1; j < t.Count && j <= k + PraiseReach && t[j].Sentence == t[k].Sentence && !context.ClauseBreakBetween(j - 1, j); j++)
        {
            if ((context.Classes[j] & Words.Negation) != 0)
            {
                return false;
            }

            if ((context.Classes[j] & Organised) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Grievance(CheckContext context)
    {
        return (context.PostClasses & Words.Negative) != 0 || Still(context, Words.Negation | Disruption) || Clash(context) || (Crowded(context) && Emoji.AnyOf(context.Request.Text, IronicEmoji)) || Again(context);
    }

    // "Echt top gepland": praise of how something was planned or organised names the timetable as well as "rooster" does.
    private static bool PlanningPraised(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 1; k < t.Count; k++)
        {
            if ((context.Classes[k] & Organised) != 0 && t[k - 1].Sentence == t[k].Sentence
                && (context.Classes[k - 1] & (Words.Positive | IronicPraise)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "zes vergaderingen in de toetsweek", "vier ouderavonden in één week": a count of things (three or more) piled into
    // one week or day is a grievance like "dezelfde week", but only beside an ironic emoji: "vier gastlessen in één week,
    // top geregeld!" is sincere as often as not.
    private static bool Crowded(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k + 3 < t.Count; k++)
        {
            var many = (context.Classes[k] & CountWord) != 0
                || (int.TryParse(t[k].Key, out var n) && n >= 3 && n < 100);
            if (!many || !(t[k + 1].Key.EndsWith("en", StringComparison.Ordinal) || t[k + 1].Key.EndsWith('s')) || t[k + 2].Key is not ("in" or "op" or "binnen"))
            {
                continue;
            }

            for (var j = k + 3; j <= k + 4 && j < t.Count && t[j].Sentence == t[k].Sentence; j++)
            {
                if (t[j].Key.EndsWith("week", StringComparison.Ordinal) || t[j].Key.EndsWith("dag", StringComparison.Ordinal) || (context.Classes[j] & RoutineTime) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Weariness at a repeat: "alweer", "weer eens", "weer een vergadering" opening a sentence, "voor de derde/zoveelste
    // keer", "de zoveelste", or "weer" closing a sentence after a noun ("Fantastische planning weer"; after an adjective
    // it is the weather: "wat een mooi weer").
    private static bool Again(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            var next = k + 1 < t.Count && t[k + 1].Sentence == t[k].Sentence ? t[k + 1].Key : null;
            var opens = k == 0 || t[k - 1].Sentence != t[k].Sentence;
            var closes = next is null;
            var again = t[k].Key switch
            {
                "alweer" or "zoveelste" => true,
                "weer" => next is "eens" || (opens && next is "een") || (closes && k > 0 && t[k - 1].Sentence == t[k].Sentence && (context.Classes[k - 1] & (Words.Positive | Words.Negative)) == 0
                    && t[k - 1].Key is not ("een" or "het" or "dit" or "dat" or "zulk")),
                "keer" => k >= 2 && t[k - 2].Key == "de" && t[k - 1].Key is "derde" or "vierde" or "vijfde" or "zesde" or "tiende" or "zoveelste" or "honderdste",
                _ => false,
            };
            if (again)
            {
                return true;
            }
        }

        return false;
    }

    // A negation or a failing device is a grievance unless the sentence says the trouble is over: "geen haperingen
    // meer", "het digibord hapert niet meer".
    private static bool Still(CheckContext context, ClassMask mask)
    {
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if ((context.Classes[k] & mask) != 0 && !Over(context, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Over(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var n = Math.Max(0, k - 3); n <= k + 3 && n < t.Count; n++)
        {
            if (t[n].Sentence != t[k].Sentence || (context.Classes[n] & Words.Negation) == 0)
            {
                continue;
            }

            for (var j = n + 1; j < t.Count && j <= n + 3 && t[j].Sentence == t[n].Sentence; j++)
            {
                if (t[j].Key == "meer")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "drie ouderavonden in dezelfde week", "twee toetsen op hetzelfde moment": a timetable that piles things together.
    private static bool Clash(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k + 1 < t.Count; k++)
        {
            if (t[k].Key is "dezelfde" or "hetzelfde" && ((context.Classes[k + 1] & RoutineTime) != 0 || t[k + 1].Key is "dag" or "week" or "moment" or "tijd" or "uur"))
            {
                return true;
            }
        }

        return false;
    }
}
