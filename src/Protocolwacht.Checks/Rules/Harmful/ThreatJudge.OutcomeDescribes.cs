namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 48 (lead, found by hate25): an outcome place right after the noun that opens the sentence, with the finite verb
// straight after it, belongs to that noun ("Patiënten in het ziekenhuis moeten …", "Kinderen in het ziekenhuis
// verdienen …"): it says where those people are, not where someone will end up. "Die vent moet in het ziekenhuis
// belanden" has the verb before the place, and "Die vent in het ziekenhuis, dat zou mooi zijn" no verb after it.
internal static partial class ThreatJudge
{
    private static bool OutcomeDescribesSubject(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k - 3 < s.First || k + 1 > s.Last || t[k - 2].Key != "in" || t[k - 1].Key is not ("het" or "de")
            || k - 3 - s.First > 2 || context.ClauseBreakBetween(k, k + 1))
        {
            return false;
        }

        var c = context.Classes;
        for (var j = s.First; j <= k - 3; j++)
        {
            if ((c[j] & (Words.FirstPerson | Words.SecondPerson)) != 0 || t[j].Key is "als" or "dat" or "wanneer" or "zodra" or "hij" or "ze" or "zij")
            {
                return false;
            }
        }

        return t[k + 1].Key is "moeten" or "moet" or "worden" or "wordt" or "zijn" or "is" or "hebben" or "heeft" or "krijgen" or "krijgt"
            or "kunnen" or "kan" or "mogen" or "mag" or "verdienen" or "verdient" or "blijven" or "blijft" or "liggen" or "ligt";
    }
}
