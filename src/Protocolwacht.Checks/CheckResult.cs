namespace Protocolwacht.Checks;

/// <summary>The verdict (the most severe non-advice finding) and every finding, in text order where they have a span.</summary>
public sealed record CheckResult(Verdict Verdict, IReadOnlyList<Finding> Findings);
