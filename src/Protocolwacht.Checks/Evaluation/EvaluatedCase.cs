namespace Protocolwacht.Checks.Evaluation;

/// <summary>One corpus line after checking: its labels next to what the check decided.</summary>
public sealed record EvaluatedCase(string Id, ExpectedLabels Expected, CheckResult Predicted);
