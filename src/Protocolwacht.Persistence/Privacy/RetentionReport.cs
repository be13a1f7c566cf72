namespace Protocolwacht.Persistence.Privacy;

/// <summary>What one retention run removed (or, in a dry run, would remove), per kind of data.</summary>
public sealed record RetentionReport(bool DryRun, IReadOnlyList<RetentionLine> Lines)
{
    public int Total => Lines.Sum(l => l.Count);
}

/// <param name="Kind">A stable code (<c>attachments</c>, <c>pupils</c>, <c>incidents</c>, <c>audit</c>, <c>sign-ins</c>).</param>
/// <param name="Label">What it is, in Dutch.</param>
/// <param name="Count">How many were (or would be) removed.</param>
public sealed record RetentionLine(string Kind, string Label, int Count);
