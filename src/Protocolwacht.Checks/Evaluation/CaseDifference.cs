namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// A corpus line where the check and the labels disagree: the verdicts, and which categories the
/// check missed (expected, not raised) or added (raised, not expected).
/// </summary>
public sealed record CaseDifference(
    string Id,
    Verdict Expected,
    Verdict Predicted,
    IReadOnlyList<CategoryLabel> Missing,
    IReadOnlyList<CategoryLabel> Extra)
{
    public bool VerdictWrong => Expected != Predicted;
}
