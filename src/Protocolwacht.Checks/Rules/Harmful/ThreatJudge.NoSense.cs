namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 48 (lead): "slaan … nergens op" is the idiom for nonsense ("die grap sloeg nergens op"), not a blow, whoever is
// named beside it; "ik sla hem nergens" (nowhere) or "sla op hem in" stay the verb of hitting.
internal static partial class ThreatJudge
{
    private static bool MakesNoSense(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k + 1; j < s.Last && j <= k + 3 && !context.ClauseBreakBetween(k, j); j++)
        {
            if (t[j].Key == "nergens" && t[j + 1].Key == "op")
            {
                return true;
            }
        }

        return false;
    }
}
