namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-seventh pass (hate33): "Ik sla die printer nog eens kapot, hij doet het weer niet": a harm verb whose object,
// right after it in a main clause, is a device or a thing someone owns (`school-facility`, `property`) strikes the thing;
// the "hij" after it is the printer. "Ik sla die vent kapot" keeps a person as the object.
internal static partial class ThreatJudge
{
    private static readonly ClassMask StruckThing = Language.WordClasses.Default.Mask("school-facility") | Words.Property;
    private static readonly ClassMask StruckPeople = Words.Target | Words.Kin | Words.Companion | Words.Villain | Words.InsultNoun
        | Words.NegativeAttribute | Words.SecondPerson | Words.ThirdPerson;

    private static bool ThingStruck(CheckContext context, Sentence s, int k)
    {
        if (k + 2 > s.Last || !Determiner(context.Tokens[k + 1].Key))
        {
            return false;
        }

        var o = context.Classes[k + 2];
        return (o & StruckThing) != 0 && (o & StruckPeople) == 0;
    }
}
