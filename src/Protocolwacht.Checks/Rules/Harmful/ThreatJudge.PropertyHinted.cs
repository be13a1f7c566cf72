namespace Protocolwacht.Checks.Rules.Harmful;

// Nineteenth pass: a threat to someone's property said without a verb of damage. The thing will no longer be there or
// whole ("vindt hij zijn auto niet meer terug", "is je auto straks niet zo mooi meer", "heeft geen hele ramen meer"),
// something goes through it or lies in it after a condition ("als er een steen door zijn raam vliegt", "nog één appje
// en er ligt vuurwerk in je brievenbus"), or "advice" to put it away safe that only makes sense as a warning ("ik zou
// mijn fiets maar binnen zetten als ik jou was", "zeg tegen je broer dat hij zijn scooter beter binnen kan zetten").
// Told in the past, beside help, an errand, a mishap or a reason (storm, thieves), or offered ("als je wilt"), it is news,
// a favour or care.
internal static partial class ThreatJudge
{
    private static bool PropertyHinted(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        if ((c[k] & Words.Property) == 0 || Offered(context, s) || s.Has(c, Words.Errand | Words.HelpGiven | Words.Gratitude | Words.Mishap | Words.Hazard | Words.MailItem))
        {
            return false;
        }

        // "heeft … geen hele ramen meer": here "heeft" is having, not the perfect.
        if (Lacking(context, s, k) && Condition(context, s) && !Past(context, s))
        {
            return true;
        }

        // "als ik jou was" is no past either.
        if (Told(context, s) && !AsIfYou(context, s))
        {
            return false;
        }

        if (Sheltered(context, s, k) && (AsIfYou(context, s) || (OthersOwn(context, s, k) && PassedOn(context, s))))
        {
            return true;
        }

        if (!OthersOwn(context, s, k))
        {
            return false;
        }

        var impersonal = Soon(context, s) && !s.Has(c, Words.FirstPerson);
        return (NoLonger(context, s, k) is var d && d >= 0 && !Subordinate(context, s, k, d) && (Conditional(context, s) || Soon(context, s)))
            || (Entered(context, s, k, "door") && (Condition(context, s) || impersonal))
            || (Entered(context, s, k, "in") && Condition(context, s));
    }

    // "niet (zo mooi) meer", "nooit meer (terug)" after the thing in its clause; "niet meer nodig", "niet meer kwijt" is need.
    private static int NoLonger(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var d = k + 1; d < s.Last && d <= k + 6 && !context.ClauseBreakBetween(k, d); d++)
        {
            if (t[d].Key is not ("niet" or "nooit"))
            {
                continue;
            }

            for (var m = d + 1; m <= Math.Min(s.Last, d + 3) && !context.ClauseBreakBetween(d, m); m++)
            {
                if (t[m].Key == "meer")
                {
                    return m + 1 <= s.Last && t[m + 1].Key is "nodig" or "kwijt" ? -1 : d;
                }
            }
        }

        return -1;
    }

    // "geen (hele) ramen meer": the owner (the subject, not the author) will lack the thing whole.
    private static bool Lacking(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var geen = k - 1 >= s.First && t[k - 1].Key == "geen" ? k - 1 : k - 2 >= s.First && t[k - 2].Key == "geen" && t[k - 1].Key is "heel" or "hele" ? k - 2 : -1;
        if (geen < 0 || k + 1 > s.Last || t[k + 1].Key != "meer")
        {
            return false;
        }

        for (var j = geen - 1; j >= s.First && j >= geen - 4 && !context.ClauseBreakBetween(j, geen); j--)
        {
            if ((context.Classes[j] & Words.FirstPerson) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // A finite past form ("was", "werd", "had"): what happened is told.
    private static bool Past(CheckContext context, Sentence s) => PastQuestion.Ask(context, s);

    private static readonly SentenceQuestion PastQuestion = new(PastScan);

    private static bool PastScan(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "was" or "waren" or "werd" or "werden" or "had" or "hadden")
            {
                return true;
            }
        }

        return false;
    }

    // "door zijn raam", "in je brievenbus": a preposition right before the possessive (an adjective may stand between).
    private static bool Entered(CheckContext context, Sentence s, int k, string preposition)
    {
        var t = context.Tokens;
        for (var j = k - 2; j >= s.First && j >= k - 3; j--)
        {
            if (t[j].Key == preposition)
            {
                return !context.ClauseBreakBetween(j, k);
            }
        }

        return false;
    }

    // A condition or an ultimatum proper ("als", "wie", "anders", "nog één … en"): not a time word.
    private static bool Condition(CheckContext context, Sentence s) => ConditionQuestion.Ask(context, s);

    private static readonly SentenceQuestion ConditionQuestion = new(ConditionScan);

    private static bool ConditionScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (t[j].Key is "als" or "wie" or "anders" or "indien" or "zodra" || (t[j].Key == "nog" && j < s.Last && t[j + 1].Key is "een" or "1" or "eenmaal")
                || (t[j].Key is "een" or "1" && MoreWithin(context, s, j) && UltimatumAnd(context, s) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    // "als je wilt", "als u wil": an offer, not a condition.
    private static bool Offered(CheckContext context, Sentence s) => OfferedQuestion.Ask(context, s);

    private static readonly SentenceQuestion OfferedQuestion = new(OfferedScan);

    private static bool OfferedScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j + 2 <= s.Last; j++)
        {
            if (t[j].Key == "als" && t[j + 1].Key is "je" or "jij" or "u" or "jullie" && t[j + 2].Key is "wil" or "wilt" or "willen" or "wenst")
            {
                return true;
            }
        }

        return false;
    }

    // The thing put away safe, with advice ("maar", "beter", "liever") in its clause: "zet … maar binnen", "beter in de garage".
    private static bool Sheltered(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var safe = false;
        var advised = false;
        for (var j = Math.Max(s.First, k - 4); j <= Math.Min(s.Last, k + 6); j++)
        {
            if (context.ClauseBreakBetween(Math.Min(j, k), Math.Max(j, k)))
            {
                continue;
            }

            safe |= j > k && (context.Classes[j] & Words.Shelter) != 0;
            advised |= t[j].Key is "maar" or "beter" or "liever";
        }

        return safe && advised;
    }

    // "als ik jou was", "als ik jullie/hem was": the author speaks as the owner.
    private static bool AsIfYou(CheckContext context, Sentence s) => AsIfYouQuestion.Ask(context, s);

    private static readonly SentenceQuestion AsIfYouQuestion = new(AsIfYouScan);

    private static bool AsIfYouScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j + 3 <= s.Last; j++)
        {
            if (t[j].Key == "als" && t[j + 1].Key == "ik" && t[j + 2].Key is "jou" or "jullie" or "hem" or "haar" or "u" && t[j + 3].Key is "was" or "ben")
            {
                return true;
            }
        }

        return false;
    }

    // "zeg (maar) tegen … dat", "vertel … dat": the advice passed on to the owner.
    private static bool PassedOn(CheckContext context, Sentence s) => PassedOnQuestion.Ask(context, s);

    private static readonly SentenceQuestion PassedOnQuestion = new(PassedOnScan);

    private static bool PassedOnScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j < s.Last; j++)
        {
            if (t[j].Key is "zeg" or "vertel" or "laat" && (t[j + 1].Key is "tegen" or "maar" or "even"))
            {
                return true;
            }
        }

        return false;
    }
}
