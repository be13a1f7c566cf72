namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class ThreatJudge
{
    // "ik breek je benen", "als hij nog eens komt, breek ik zijn nek": breaking a part of someone else's body, in the
    // present, with the author in the sentence. The past ("brak zijn been") and the author's own body ("breek mijn
    // arm") tell an accident; a heart is no body part here ("breek je hart"). Twenty-first pass: a verb of hitting with
    // its particle after the part ("die jongen trap ik z'n ribben in", "ik sla zijn tanden eruit", "schop je knieën kapot").
    private static bool BonesBroken(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var hit = (context.Classes[k] & (Words.HitVerb | Words.HarmVerb)) != 0 || t[k].Key is "sla" or "slaan" or "schop" or "schoppen";
        if (t[k].Key is not ("breek" or "breken") && !hit)
        {
            return false;
        }

        for (var j = k + 1; j <= s.Last && j <= k + 3; j++)
        {
            if ((context.Classes[j] & Words.OthersPossessive) != 0)
            {
                var part = j + 1 <= s.Last && (context.Classes[j + 1] & Words.BodyPart) != 0;
                return part && (t[k].Key is "breek" or "breken" || PartOff(context, s, j + 1));
            }
        }

        return false;
    }

    // "in", "eruit", "kapot", "stuk" right after the body part (or one word on): where the blow leaves it.
    private static bool PartOff(CheckContext context, Sentence s, int part)
    {
        for (var j = part + 1; j <= Math.Min(s.Last, part + 2); j++)
        {
            if (context.Tokens[j].Key is "in" or "eruit" or "kapot" or "stuk")
            {
                return true;
            }
        }

        return false;
    }
}
