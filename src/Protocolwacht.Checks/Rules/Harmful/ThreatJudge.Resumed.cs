namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-fourth pass (left30): a thing put first and taken up again by a pronoun after the comma, Dutch left dislocation
// ("Die mooie veranda van de teamleider, die staat er binnenkort niet meer", "pas maar goed op je bakfiets, die is er
// morgen misschien niet meer"): the clause after the comma is still about the thing, so its fate is read there as if the
// thing were its subject. Only one break, and only "die" or "dat" right after it: "op je bakfiets, want morgen is er
// niemand meer" goes on about something else.
internal static partial class ThreatJudge
{
    private static bool Resumed(CheckContext context, int k, int d)
    {
        var t = context.Tokens;
        for (var r = k + 1; r <= d; r++)
        {
            if (context.ClauseBreakBetween(k, r))
            {
                return t[r].Key is "die" or "dat" && !context.ClauseBreakBetween(r, d);
            }
        }

        return false;
    }
}
