namespace Protocolwacht.Imports;

/// <summary>
/// One record of an imported file as a reader yields it: either a value, or the issues that kept it
/// from being one (never both), with the 1-based line or row where the record starts. A file-level
/// problem (a missing column, a file cut short) comes as a row without value as well, so a preview can
/// list every problem in file order.
/// </summary>
public sealed class ImportRow<T>
    where T : class
{
    private static readonly IReadOnlyList<ImportIssue> NoIssues = [];

    private ImportRow(int? line, T? value, IReadOnlyList<ImportIssue> issues)
    {
        Line = line;
        Value = value;
        Issues = issues;
    }

    public int? Line { get; }

    /// <summary>The record, or null when <see cref="Issues"/> says why there is none.</summary>
    public T? Value { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    public static ImportRow<T> Ok(int? line, T value) => new(line, value, NoIssues);

    public static ImportRow<T> Failed(int? line, IReadOnlyList<ImportIssue> issues)
    {
        if (issues.Count == 0)
        {
            throw new ArgumentException("A failed row needs at least one issue.", nameof(issues));
        }

        return new ImportRow<T>(line, null, issues);
    }

    public static ImportRow<T> Failed(ImportIssue issue) => new(issue.Line, null, [issue]);
}
