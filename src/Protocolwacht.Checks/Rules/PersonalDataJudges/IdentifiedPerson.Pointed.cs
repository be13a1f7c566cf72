namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

internal static partial class IdentifiedPerson
{
    // Thirty-fourth pass (school30): "de tweeling uit de bovenbouw", "het meisje uit groep 6", "ons buurmeisje uit groep 3",
    // "die jongen van groep 5": one child pointed out by a definite article, a demonstrative or a possessive with the class or
    // the part of the school they are in is as identifiable as "een jongen uit groep 5" (spec: "an identifiable person").
    // Singular only ("de kinderen uit groep 3", "de kleuters uit de onderbouw" are a class); a twin is two children told as one.
    private static bool PointedWithClass(CheckContext context, int k) =>
        PointedChild(context, k) && (WithClass(context, k) || InPartOfSchool(context, k));

    // One child pointed out by an article, a demonstrative or a possessive: singular, a word for a child or a twin.
    private static bool PointedChild(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        if (k == 0 || tokens[k - 1].Sentence != tokens[k].Sentence
            || !(tokens[k - 1].Key is "een" or "de" or "het" or "die" or "dat" || (context.Classes[k - 1] & Own) != 0))
        {
            return false;
        }

        var key = tokens[k].Key;
        var child = (context.Classes[k] & Child) != 0 || key is "tweeling" or "drieling";
        // "jongen" is the one singular word for a child on -en ("kinderen", "leerlingen", "leraren" are plurals).
        var plural = key.EndsWith('s') || (key.Length > 4 && key.EndsWith("en", StringComparison.Ordinal) && key != "jongen")
            || (k + 1 < tokens.Count && tokens[k + 1].Key == "s");
        return child && !plural;
    }

    // "uit de bovenbouw", "van de onderbouw", "in de middenbouw": a part of the school has two or three classes, which a
    // parent of the school knows.
    private static bool InPartOfSchool(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var j = k + 1;
        if (j >= tokens.Count || tokens[j].Key is not ("uit" or "van" or "in"))
        {
            return false;
        }

        j++;
        if (j < tokens.Count && ((context.Classes[j] & Own) != 0 || tokens[j].Key is "de" or "het"))
        {
            j++;
        }

        return j < tokens.Count && tokens[j].Sentence == tokens[k].Sentence && tokens[j].Key.Length > 4 && tokens[j].Key.EndsWith("bouw", StringComparison.Ordinal);
    }
}
