namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 58 (lead): a last warning counted out whose "en" brings the author to the addressee's place ("nog één keer en ik sta
// bij jou op de stoep", "nog 1x zo'n mail en ik ben bij je thuis"): the visit is the consequence, so no time word is
// needed as it is for lying in wait. A countdown in sleeps or days before the "en" is a visit looked forward to ("nog één
// nachtje slapen en ik ben bij jou thuis"), and an errand or thanks makes it help.
internal static partial class ThreatJudge
{
    private static bool AtTheDoorAfterCount(CheckContext context, Sentence s, int and)
    {
        var c = context.Classes;
        if (s.Has(c, Words.Errand | Words.Positive) || CountsSleeps(context, s, and))
        {
            return false;
        }

        for (var k = and + 1; k <= Math.Min(s.Last, and + 3); k++)
        {
            if ((c[k] & Words.FirstPerson) == 0)
            {
                continue;
            }

            for (var j = k + 1; j <= Math.Min(s.Last - 2, k + 3); j++)
            {
                if (AtTheirPlace(context, s, j))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "nog één nachtje", "nog twee dagen", "nog één keer slapen": a countdown in days or sleeps, not in times something is
    // done ("keer" alone counts a repeat).
    private static bool CountsSleeps(CheckContext context, Sentence s, int and)
    {
        var t = context.Tokens;
        for (var k = s.First; k < and; k++)
        {
            if (t[k].Key == "slapen" || ((context.Classes[k] & Words.CountdownUnit) != 0 && !t[k].Key.StartsWith("keer", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
