namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 52 (lead): the Dutch binominal construction, in which the first noun judges the second: "een schat van een kind",
// "die hufter van een buurman", and with a dehumanising noun "dat varken van een vader", "die rat van een conciërge",
// "zo'n slang van een collega". Read: a demonstrative or "zo'n" right before the noun ("wat een beest van een keeper"
// admires as often as it scorns), "van een" after it and a person of school, kin, staff or sport right after that. A possessor reads the same words the other way ("die goudvis
// van een leerling" is the pupil's fish): an animal people keep (`kept-animal`) is read as owned, the definite article is
// not enough, and a second "van" after the person ("die rat van een collega van mij") keeps it a possession.
// Stop 53 (lead): the person may also be known by the unit they work in (`workplace-unit`): "die dikke koe van de
// administratie doet nooit haar werk", "dat luie varken van personeelszaken belt nooit terug, hij …". A unit keeps no
// animals, so a kept animal counts here too, but a personal pronoun after the unit must show that a person is meant
// ("die kat van de receptie" alone is the office cat).
internal static partial class InsultJudge
{
    private static (int First, int Last)? AnimalOfPerson(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if ((c[k] & Words.Dehumanising) == 0 || k + 2 > s.Last || t[k + 1].Key != "van" || !Pointed(context, s, k) || context.IsMention(k) || s.NegatedAt(context, k, 3))
        {
            return null;
        }

        if (AnimalOfUnit(context, s, k) is { } unit)
        {
            return (Math.Max(s.First, k - 1), unit);
        }

        if ((c[k] & Words.KeptAnimal) != 0 || k + 3 > s.Last || t[k + 2].Key != "een" || (c[k + 3] & (Words.SchoolPerson | Words.Kin | Words.StaffRole | Words.SportsOfficial)) == 0)
        {
            return null;
        }

        var owned = k + 4 <= s.Last && t[k + 4].Key == "van";
        return owned ? null : (Math.Max(s.First, k - 1), k + 3);
    }

    // "van (de/het) administratie … haar/hij": the unit's index, or null.
    private static int? AnimalOfUnit(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var unit = t[k + 2].Key is "de" or "het" ? k + 3 : k + 2;
        if (unit > s.Last || (context.Classes[unit] & Words.WorkplaceUnit) == 0)
        {
            return null;
        }

        for (var j = unit + 1; j <= s.Last; j++)
        {
            if (t[j].Key is "hij" or "zij" or "ze" or "hem" or "haar" or "zijn" or "zn" or "hun")
            {
                return unit;
            }
        }

        return null;
    }
}
