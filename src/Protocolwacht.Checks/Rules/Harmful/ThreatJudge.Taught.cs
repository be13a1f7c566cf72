namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-sixth pass (hate32): "een lesje leren" and "mores leren" threaten a person ("we gaan die Polen eens een lesje
// leren", "ik ga hem een lesje leren") but are a figure of speech with a thing as their object ("we gaan die achterstand in
// rekenen eens een lesje leren", "de storm een lesje leren"). The object is found as for "afmaken": walking back through
// the clause from "lesje", a determiner before a word of no person class is a thing. Someone's property before it stays a
// threat of damage ("die bestelbus van de aannemer gaat vannacht een lesje leren").
internal static partial class ThreatJudge
{
    public static bool ThingTaught(CheckContext context, Sentence s, int first) =>
        context.Tokens[first].Key is "lesje" or "lesjes" or "mores" && ObjectIsThing(context, s, first) && !PropertyBefore(context, s, first);

    private static bool PropertyBefore(CheckContext context, Sentence s, int first)
    {
        for (var j = s.First; j < first; j++)
        {
            if ((context.Classes[j] & Words.Property) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
