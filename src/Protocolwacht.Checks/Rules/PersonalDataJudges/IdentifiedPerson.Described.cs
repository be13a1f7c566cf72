namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

internal static partial class IdentifiedPerson
{
    // Thirty-ninth pass (school35): "het jongetje met de rode bril uit groep 5", "die jongen met de groene jas van groep 3",
    // "het meisje met de blonde vlechtjes in groep 4": one child pointed out as in PointedWithClass, with a description
    // after "met" between the child and the class. The description only narrows the one child down further; a plural
    // ("de kinderen met een rugzak uit groep 3") is still a class, and a comma or a new sentence ends the description.
    private const int DescriptionLength = 6;

    private static bool DescribedWithClass(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        if (k + 2 >= tokens.Count || tokens[k + 1].Key != "met" || tokens[k + 1].Sentence != tokens[k].Sentence || !PointedChild(context, k))
        {
            return false;
        }

        for (var j = k + 2; j < tokens.Count && j <= k + 1 + DescriptionLength && tokens[j].Sentence == tokens[k].Sentence && !CommaAfter(context, j - 1); j++)
        {
            if (tokens[j].Key is "uit" or "van" or "in" && (WithClass(context, j - 1) || InPartOfSchool(context, j - 1)))
            {
                return true;
            }
        }

        return false;
    }
}
