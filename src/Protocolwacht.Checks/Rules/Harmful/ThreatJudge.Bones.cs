namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class ThreatJudge
{
    // "ik breek je benen", "als hij nog eens komt, breek ik zijn nek": breaking a part of someone else's body, in the
    // present, with the author in the sentence. The past ("brak zijn been") and the author's own body ("breek mijn
    // arm") tell an accident; a heart is no body part here ("breek je hart").
    private static bool BonesBroken(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key is not ("breek" or "breken"))
        {
            return false;
        }

        for (var j = k + 1; j <= s.Last && j <= k + 3; j++)
        {
            if ((context.Classes[j] & Words.OthersPossessive) != 0)
            {
                return j + 1 <= s.Last && (context.Classes[j + 1] & Words.BodyPart) != 0;
            }
        }

        return false;
    }
}
