namespace Protocolwacht.Checks.Rules.Harmful;

// Seventeenth pass: a place of harm that is someone's workplace ("mijn zus werkt in het ziekenhuis", "werkt als
// verpleegkundige in het ziekenhuis"). "Ik werk je het ziekenhuis in" puts the particle after the place and stays a threat.
internal static partial class ThreatJudge
{
    // A verb of working earlier in the clause and "in/bij/op" (with an article) right before the place.
    private static bool AtWork(CheckContext context, Sentence s, int place)
    {
        var t = context.Tokens;
        var p = place - 1;
        if (p >= s.First && t[p].Key is "de" or "het" or "een")
        {
            p--;
        }

        if (p < s.First || t[p].Key is not ("in" or "bij" or "op"))
        {
            return false;
        }

        for (var k = p - 1; k >= s.First && k >= p - 6 && !context.ClauseBreakBetween(k, p); k--)
        {
            if ((context.Classes[k] & Words.Workplace) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
