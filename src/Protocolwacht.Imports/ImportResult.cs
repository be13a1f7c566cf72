namespace Protocolwacht.Imports;

/// <summary>
/// A whole file read into memory for a preview: every value and every issue, in file order. An
/// import that must change nothing on bad input applies <see cref="Values"/> only when
/// <see cref="IsClean"/>.
/// </summary>
public sealed record ImportResult<T>(IReadOnlyList<T> Values, IReadOnlyList<ImportIssue> Issues)
{
    public bool IsClean => Issues.Count == 0;
}

public static class ImportRowExtensions
{
    /// <summary>Reads a stream of rows to the end and separates the values from the issues.</summary>
    public static ImportResult<T> Collect<T>(this IEnumerable<ImportRow<T>> rows)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = new List<T>();
        var issues = new List<ImportIssue>();
        foreach (var row in rows)
        {
            if (row.Value is { } value)
            {
                values.Add(value);
            }

            issues.AddRange(row.Issues);
        }

        return new ImportResult<T>(values, issues);
    }
}
