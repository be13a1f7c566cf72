namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// What a labelled corpus line says the check should decide: the verdict, every category it should
/// raise with severity doubt or block, and the categories it should raise only as advice.
/// </summary>
public sealed record ExpectedLabels(Verdict Verdict, IReadOnlySet<string> Categories, IReadOnlySet<string> Advice);
