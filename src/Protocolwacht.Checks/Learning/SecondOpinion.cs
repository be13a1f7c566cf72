using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// The learned second opinion beside the rules: a doubt in a category where the rules raised nothing and the
/// model's score reaches the threshold chosen by cross-validation. It only adds; it never removes or weakens a
/// rule finding, and never blocks: a doubt sends the post to the leidinggevende ("bij twijfel niet publiceren").
/// Called by <see cref="ProtocolChecker.Check"/> after the rules (src/Protocolwacht.Checks/README.md, "The learned
/// second opinion", says why it was wired: fewer blockable posts let through at the same accuracy and false-block).
/// </summary>
internal static class SecondOpinion
{
    /// <param name="groupAffirmed">The rules read the post as affirming a group (Rules/Harmful/GroupAffirmed): no harmful doubt.</param>
    public static void Add(SecondOpinionModel model, PostFeatures features, List<Finding> findings, bool groupAffirmed = false)
    {
        var scores = model.Scores(features);
        for (var c = 0; c < scores.Length; c++)
        {
            var category = model.Categories[c];
            if (RulesRaised(findings, category.Category) || scores[c] < category.Threshold
                || (groupAffirmed && category.Category == Categories.HarmfulStatement))
            {
                continue;
            }

            var words = string.Join(", ", category.HeaviestWords(features, 3));
            findings.Add(new Finding(category.Category, Severity.Doubt, GuidelineOf(category.Category).Id, null, null,
                Message(category.Category, words)));
        }
    }

    // A loop, not List.Exists with a lambda: the lambda captured the category, two allocations per category per post.
    private static bool RulesRaised(List<Finding> findings, string category)
    {
        foreach (var f in findings)
        {
            if (f.Category == category && f.Severity != Severity.Advice)
            {
                return true;
            }
        }

        return false;
    }

    private static Guideline GuidelineOf(string category) => category switch
    {
        Categories.Confidential => Protocol.R3,
        Categories.HarmfulStatement => Protocol.DONT3,
        _ => Protocol.BG5,
    };

    // Whole sentences per category (the words are the only hole), so the web can translate each as one template.
    private static string Message(string category, string words) => category switch
    {
        Categories.Confidential => $"Dit bericht lijkt op berichten die vertrouwelijke informatie bevatten (woorden: {words}). Twijfel je? Vraag je leidinggevende.",
        Categories.HarmfulStatement => $"Dit bericht lijkt op berichten die kwetsend, bedreigend of klagend zijn (woorden: {words}). Twijfel je? Vraag je leidinggevende.",
        _ => $"Dit bericht lijkt op berichten die gevoelige persoonsgegevens bevatten (woorden: {words}). Twijfel je? Vraag je leidinggevende.",
    };
}
