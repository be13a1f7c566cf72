namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-eighth pass (school34): "Mijn dochter loopt straks met haar arm in een mitella als ze zo wild blijft turnen",
// "onze zoon zit straks op krukken als hij zo hard blijft trainen": a sentence that opens with the author's own child or
// relative tells what may befall them, a worry, not a threat. "Als die vent nog eens over mijn zus begint, ligt hij in het
// gips" opens with the other one and stays a threat.
internal static partial class ThreatJudge
{
    private static bool OwnKinFirst(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        return s.First + 1 <= s.Last && (c[s.First] & Words.FirstPossessive) != 0 && (c[s.First + 1] & Words.Kin) != 0;
    }
}
