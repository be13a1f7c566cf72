namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 48 (lead): an outcome seen or heard ("wees niet verbaasd als je een ambulance ziet", "als je de traumaheli
// hoort") is something passing by, not where someone will end up; "als ik je zie, kun je een ambulance bellen" keeps
// the outcome as the destination (the seeing is of the person, before it).
internal static partial class ThreatJudge
{
    private static bool OutcomeSeen(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k + 1; j <= s.Last && j <= k + 2 && !context.ClauseBreakBetween(k, j); j++)
        {
            if (t[j].Key is "ziet" or "zien" or "zag" or "zagen" or "hoort" or "horen" or "hoorde" or "hoorden" or "voorbijkomt" or "voorbijkomen")
            {
                return true;
            }
        }

        return false;
    }
}
