using Protocolwacht.Checks;
using Protocolwacht.Checks.Evaluation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Training;

/// <summary>
/// What the second opinion would add to the rules' result: a doubt in a category where the rules raised
/// nothing and the score reaches the threshold. It never removes or weakens a rule finding.
/// </summary>
internal static class Opinion
{
    /// <summary>The message that marks a finding the model added (the real message is the check's, not needed here).</summary>
    private const string ModelMark = "model";

    public static bool IsModels(Finding finding) => finding.Message == ModelMark;

    public static CheckResult Combine(Post post, IReadOnlyDictionary<string, double> scores, IReadOnlyDictionary<string, double> thresholds)
    {
        var findings = post.Rules.Findings.ToList();
        foreach (var (category, score) in scores)
        {
            if (score >= thresholds[category] && !findings.Any(f => f.Category == category && f.Severity != Severity.Advice))
            {
                findings.Add(new Finding(category, Severity.Doubt, "R9", null, null, ModelMark));
            }
        }

        var verdict = findings.Any(f => f.Severity == Severity.Block) ? Verdict.Block
            : findings.Any(f => f.Severity == Severity.Doubt) ? Verdict.Doubt : Verdict.Allow;
        return new CheckResult(verdict, findings);
    }

    public static EvaluationReport Evaluate(IEnumerable<Post> posts, Func<Post, CheckResult> result) =>
        Evaluator.Evaluate(posts.Select(p => new EvaluatedCase(p.Id, p.Expected, result(p))));

    /// <summary>Posts judged right minus blockable posts let through: a doubt that stops a missed block counts as much as a right verdict.</summary>
    public static int Benefit(EvaluationReport r) => r.Accuracy.Count - r.MissedBlocks.Count;

    public static string Figures(EvaluationReport r) =>
        $"{r.Accuracy.Value:0.000} / {r.MissedBlocks.Value:0.000} ({r.MissedBlocks.Count}/{r.MissedBlocks.OutOf}) / {r.FalseBlocks.Value:0.000}";
}
