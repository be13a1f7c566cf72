using Protocolwacht.Imports;

namespace Protocolwacht.History.Import;

/// <summary>An import's result: the report, or why the file or account was refused (nothing was written then).</summary>
public sealed record ImportOutcome(ImportReport? Report, string? Refusal, IReadOnlyList<ImportIssue> Issues)
{
    public bool Succeeded => Report is not null;

    public static ImportOutcome Done(ImportReport report) => new(report, null, []);

    public static ImportOutcome Refused(string refusal, IReadOnlyList<ImportIssue>? issues = null) => new(null, refusal, issues ?? []);
}
