namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 52 (lead): the Dutch binominal construction, in which the first noun judges the second: "een schat van een kind",
// "die hufter van een buurman", and with a dehumanising noun "dat varken van een vader", "die rat van een conciërge",
// "zo'n slang van een collega". Read: a demonstrative or "zo'n" right before the noun ("wat een beest van een keeper"
// admires as often as it scorns), "van een" after it and a person of school, kin, staff or sport right after that. A possessor reads the same words the other way ("die goudvis
// van een leerling" is the pupil's fish): an animal people keep (`kept-animal`) is read as owned, the definite article is
// not enough, and a second "van" after the person ("die rat van een collega van mij") keeps it a possession.
internal static partial class InsultJudge
{
    private static (int First, int Last)? AnimalOfPerson(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if ((c[k] & Words.Dehumanising) == 0 || (c[k] & Words.KeptAnimal) != 0 || k + 3 > s.Last || t[k + 1].Key != "van" || t[k + 2].Key != "een"
            || !Pointed(context, s, k) || (c[k + 3] & (Words.SchoolPerson | Words.Kin | Words.StaffRole | Words.SportsOfficial)) == 0
            || context.IsMention(k) || s.NegatedAt(context, k, 3))
        {
            return null;
        }

        var owned = k + 4 <= s.Last && t[k + 4].Key == "van";
        return owned ? null : (Math.Max(s.First, k - 1), k + 3);
    }
}
