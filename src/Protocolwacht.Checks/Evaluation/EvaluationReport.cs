namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// The figures issue 3 sets targets on, for one corpus.
/// </summary>
/// <param name="MissedBlocks">Expected <c>block</c>, predicted <c>allow</c>, over all expected <c>block</c>.</param>
/// <param name="FalseBlocks">Expected <c>allow</c>, predicted <c>block</c>, over all expected <c>allow</c>.</param>
/// <param name="Categories">One score per category that was expected or raised anywhere, ordered by name.</param>
/// <param name="Differences">Every case whose verdict or categories differ from its labels, in corpus order.</param>
public sealed record EvaluationReport(
    ConfusionMatrix Matrix,
    Rate Accuracy,
    Rate MissedBlocks,
    Rate FalseBlocks,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<CaseDifference> Differences)
{
    public int Cases => Matrix.Total;

    public IEnumerable<CaseDifference> Misclassified => Differences.Where(d => d.VerdictWrong);
}
