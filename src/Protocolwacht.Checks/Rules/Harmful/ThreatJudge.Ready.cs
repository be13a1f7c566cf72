namespace Protocolwacht.Checks.Rules.Harmful;

// A weapon kept ready for someone, without a meeting word or a visit: "de moker ligt al klaar voor die vent", "het mes
// zit in mijn jaszak voor als die knakker …", "ik heb een bijl in de kofferbak liggen, die etter …". Readiness aimed at
// a person is the threat. A bat ready for the season, a tool in the car for a move, a knife ready "om de taart te
// snijden", or a suspect's weapon found in his car (nobody keeps it ready) are no threat.
internal static partial class ThreatJudge
{
    private static bool WeaponReady(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        if ((c[k] & (Words.Weapon | Words.ImprovisedWeapon)) == 0 || s.NegatedAt(context, k, 6) || Purpose(context, s))
        {
            return false;
        }

        return Ready(context, s) || (Kept(context, s) && s.Has(c, Words.FirstPerson | Words.FirstPossessive));
    }

    // "(al) klaar(liggen)", or "voor als …": kept for the moment someone does something.
    private static bool Ready(CheckContext context, Sentence s) => ReadyQuestion.Ask(context, s);

    private static readonly SentenceQuestion ReadyQuestion = new(ReadyScan);

    private static bool ReadyScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            // "klaarliggen", "klaarstaat", "klaargelegd": the joined verbs of being ready too.
            if (t[j].Key.StartsWith("klaar", StringComparison.Ordinal) || (t[j].Key == "voor" && j < s.Last && t[j + 1].Key == "als"))
            {
                return true;
            }
        }

        return false;
    }

    // "heb … in de auto liggen", "zit in mijn jaszak", "staat achter de deur": kept at hand; the author's only with
    // "ik/mijn" in the sentence (the caller asks). Kept "bij de buurman" it is lent out, not at hand.
    private static bool Kept(CheckContext context, Sentence s) => KeptQuestion.Ask(context, s);

    private static readonly SentenceQuestion KeptQuestion = new(KeptScan);

    private static bool KeptScan(CheckContext context, Sentence s)
    {
        var kept = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            kept |= context.Tokens[j].Key is "liggen" or "ligt" or "staat" or "staan" or "zit" or "zitten" or "hangt" or "hangen";
            if (context.Tokens[j].Key == "bij" && Enumerable.Range(j + 1, Math.Min(2, s.Last - j)).Any(m => (context.Classes[m] & Words.Target) != 0))
            {
                return false;
            }
        }

        return kept;
    }
}
