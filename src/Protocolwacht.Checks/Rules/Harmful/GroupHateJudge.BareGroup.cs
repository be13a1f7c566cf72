namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class GroupHateJudge
{
    /// <summary>
    /// Thirty-fourth pass (hate30): "Polen? Walgelijk.", "Non-binaire mensen? Walgelijk gewoon.": the sentence before is the
    /// group alone (a question or a heading of at most three words), so a word of disapproval here is the verdict on the
    /// group, not a remark on a deed ("Er werden graven van moslims beklad. Walgelijk." has a deed before it).
    /// </summary>
    private static bool BareGroupAnswered(CheckContext context, List<Sentence> sentences, int si, int group)
    {
        var s = sentences[si];
        if (si == 0 || group != s.First || (context.Classes[group] & (Words.Group | Words.Slur)) != 0)
        {
            return false;
        }

        var before = sentences[si - 1];
        return before.Last - before.First < 3 && before.Has(context.Classes, Words.Group | Words.Slur);
    }
}
