namespace Protocolwacht.Checks.Rules.Harmful;

// A weapon brought along to where someone is: "ik kom langs met een mes", "neem mijn knuppel mee naar jouw training".
// Unlike ThreatJudge.Weapon, the weapon need not be said to meet anyone; the visit is the threat.
internal static partial class ThreatJudge
{
    // "met een mes" (the weapon after "met") or "neem een knuppel mee" in a sentence that goes to someone:
    // "langs", "opzoeken", "komen", "verhaal halen"; or on a condition about someone ("volgende keer dat die
    // dealer hier staat, neem ik mijn knuppel mee"): the weapon is then meant for the next meeting.
    private static bool ArmedVisit(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var armed = false;
        for (var j = Math.Max(s.First, k - 3); j < k; j++)
        {
            armed |= t[j].Key == "met";
        }

        // "neem mijn knuppel mee", "neem het zakmes van mijn opa mee": "mee" closes the object, within its clause.
        for (var j = k + 1; j <= Math.Min(s.Last, k + 5) && !context.ClauseBreakBetween(k, j); j++)
        {
            armed |= t[j].Key == "mee";
        }

        if (!armed)
        {
            return false;
        }

        if (Conditional(context, s))
        {
            return true;
        }

        for (var j = s.First; j <= s.Last; j++)
        {
            // "neem mijn knuppel mee naar jouw training": to where the addressee is, unless for a purpose ("om … te").
            if (t[j].Key == "naar" && j < s.Last && (context.Classes[j + 1] & Words.AddresseePossessive) != 0 && !Purpose(context, s))
            {
                return true;
            }

            if (t[j].Key is "langs" or "opzoeken" or "opzoek" or "zoek" or "kom" or "komen" or "opwachten" or "afkomen" or "achter" or "verhaal")
            {
                return true;
            }
        }

        return false;
    }

    // "om de taart te snijden": a purpose clause says what the thing is brought for.
    private static bool Purpose(CheckContext context, Sentence s) => PurposeQuestion.Ask(context, s);

    private static readonly SentenceQuestion PurposeQuestion = new(PurposeScan);

    private static bool PurposeScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j < s.Last; j++)
        {
            if (t[j].Key == "om" && Enumerable.Range(j + 1, s.Last - j).Any(m => t[m].Key == "te"))
            {
                return true;
            }
        }

        return false;
    }
}
