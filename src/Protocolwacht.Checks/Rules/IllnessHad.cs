using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// A disease word that someone has, had or caught is the illness, not a curse: "mijn opa heeft kanker", "mijn tante
/// heeft tyfus opgelopen", "hij had tering", "mijn opa overleefde tering". Only the plain word counts (a compound such as "kankerlijer" stays a
/// curse), and the one who has it must be named before the verb (a relative, a person, a pronoun, or "mijn").
/// </summary>
internal static partial class IllnessHad
{
    private static readonly WordClasses Classes = WordClasses.Default;
    private static readonly ClassMask DiseaseCurse = Classes.Mask("disease-curse");
    private static readonly ClassMask Someone = Classes.Mask("kin") | Classes.Mask("person") | Classes.Mask("school-person")
        | Classes.Mask("third-person") | Classes.Mask("first-possessive") | Classes.Mask("staff-role");

    public static bool Is(CheckContext context, int first, int last)
    {
        if (first != last || (Classes.Of(context.Tokens[first].Key) & DiseaseCurse) == 0)
        {
            return false;
        }

        return HadBefore(context, first) || CaughtAfter(context, first) || Named(context, first);
    }

    // "(mijn opa) heeft/had (de) kanker", "overleefde tering, mijn oma kanker": a form of having or surviving within
    // four words before (a second subject may share the verb), and its subject before that.
    private static bool HadBefore(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var v = k - 1; v >= Math.Max(0, k - 4); v--)
        {
            if (t[v].Sentence != t[k].Sentence || t[v].Key is not ("heeft" or "had" or "hadden" or "overleefde" or "overleefden" or "overleeft"))
            {
                continue;
            }

            for (var j = v - 1; j >= Math.Max(0, v - 3) && t[j].Sentence == t[k].Sentence; j--)
            {
                if ((context.Classes[j] & Someone) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "(heeft) tyfus opgelopen/gekregen/overwonnen/overleefd": a participle of catching or surviving right after.
    private static bool CaughtAfter(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var j = k + 1; j <= Math.Min(t.Count - 1, k + 2) && t[j].Sentence == t[k].Sentence; j++)
        {
            if (t[j].Key is "opgelopen" or "gekregen" or "overwonnen" or "overleefd")
            {
                return true;
            }
        }

        return false;
    }
}
