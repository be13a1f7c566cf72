using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// The learned second opinion beside the rules: a doubt in a category where the rules raised nothing and the
/// model's score reaches the threshold chosen by cross-validation. It only adds; it never removes or weakens a
/// rule finding, and never blocks. Not called by <see cref="ProtocolChecker"/>: cross-validation did not earn it a
/// place (src/Protocolwacht.Checks/README.md, "The learned second opinion"); the runtime path stays ready and tested.
/// </summary>
internal static class SecondOpinion
{
    public static void Add(SecondOpinionModel model, PostFeatures features, List<Finding> findings)
    {
        foreach (var category in model.Categories)
        {
            if (findings.Exists(f => f.Category == category.Category && f.Severity != Severity.Advice) || category.Score(features) < category.Threshold)
            {
                continue;
            }

            var words = string.Join(", ", category.HeaviestWords(features, 3));
            findings.Add(new Finding(category.Category, Severity.Doubt, GuidelineOf(category.Category).Id, null, null,
                $"Dit bericht lijkt op berichten die {Kind(category.Category)} (woorden: {words}). Twijfel je? Vraag je leidinggevende."));
        }
    }

    private static Guideline GuidelineOf(string category) => category switch
    {
        Categories.Confidential => Protocol.R3,
        Categories.HarmfulStatement => Protocol.DONT3,
        _ => Protocol.BG5,
    };

    private static string Kind(string category) => category switch
    {
        Categories.Confidential => "vertrouwelijke informatie bevatten",
        Categories.HarmfulStatement => "kwetsend, bedreigend of klagend zijn",
        _ => "gevoelige persoonsgegevens bevatten",
    };
}
