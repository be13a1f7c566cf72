namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class GroupHateJudge
{
    private static readonly ClassMask DiseaseCurse = Language.WordClasses.Default.Mask("disease-curse");

    // The words of illness only: `disease-fight` ("strijd", "tegen") also follows an evaluation of people ("respectloos tegen").
    private static readonly ClassMask Illness = Language.WordClasses.Default.Mask("disease-context");

    /// <summary>
    /// Thirty-fourth pass (hate30): "Kanker is een vreselijke ziekte, ook bij Surinamers komt het veel voor": a disease curse
    /// beside a word of illness or its fight is the disease, said of no group (as the insult judge reads it). An evaluation of
    /// the illness itself ("een vreselijke ziekte"), or the illness named before the group ("kanker is een ziekte, ook bij
    /// X"), is no evaluation of the group either; "X zijn een ziekte" still is.
    /// </summary>
    private static bool TheDisease(CheckContext context, Sentence s, int k) =>
        (context.Classes[k] & (Words.Group | Words.Slur)) == 0
        && (((context.Classes[k] & DiseaseCurse) != 0 && s.Has(context.Classes, Words.DiseaseContext))
            || (k < s.Last && (context.Classes[k + 1] & Illness) != 0)
            || ((context.Classes[k] & Illness) != 0 && s.Has(context.Classes, DiseaseCurse) && k < s.Find(context.Classes, Words.Group | Words.Slur)));
}
