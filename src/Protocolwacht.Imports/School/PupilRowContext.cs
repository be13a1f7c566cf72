using System.Globalization;
using System.Text.RegularExpressions;
using Protocolwacht.Imports.Tabular;

namespace Protocolwacht.Imports.School;

/// <summary>
/// Reads the cells of one row of a school export by field, checks them, and collects a Dutch issue
/// per bad cell with its row, column number and header.
/// </summary>
internal sealed partial class PupilRowContext(string fileName, TabularRecord record, IReadOnlyList<string> headers)
{
    private List<ImportIssue>? _issues;

    public IReadOnlyList<ImportIssue> Issues => (IReadOnlyList<ImportIssue>?)_issues ?? [];

    public bool HasIssues => _issues is { Count: > 0 };

    public int Line => record.Line;

    public string? Text(int column) => column >= 0 && record.Cell(column) is { Length: > 0 } text ? text : null;

    public string? Required(int column, string what)
    {
        var text = Text(column);
        if (text is null)
        {
            Error(column, $"{what} ontbreekt.");
        }

        return text;
    }

    public DateOnly? Date(int column, string what)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (DutchDate.TryParse(text, out var date))
        {
            return date;
        }

        Error(column, $"{what}: {DutchDate.Problem(text)}");
        return null;
    }

    public string? Brin(int column, string? fallback)
    {
        var text = (Text(column) ?? fallback)?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (text is null || BrinPattern().IsMatch(text))
        {
            return text;
        }

        Error(column, $"'{text}' is geen BRIN-nummer: dat zijn twee cijfers en twee letters, zoals 12AB (eventueel gevolgd door twee cijfers voor de vestiging).");
        return null;
    }

    public string? Email(int column, string what)
    {
        var text = Text(column);
        if (text is null || ContactCheck.IsEmail(text))
        {
            return text;
        }

        Error(column, $"{what} '{text}' is geen geldig e-mailadres.");
        return null;
    }

    public string? Phone(int column, string what)
    {
        var text = Text(column);
        if (text is null || ContactCheck.IsPhone(text))
        {
            return text;
        }

        Error(column, $"{what} '{text}' is geen telefoonnummer.");
        return null;
    }

    public void Error(int column, string message)
    {
        _issues ??= [];
        var header = column >= 0 && column < headers.Count ? headers[column] : null;
        _issues.Add(new ImportIssue(fileName, record.Line, column >= 0 ? column + 1 : null, header, message));
    }

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}([0-9]{2})?$")]
    private static partial Regex BrinPattern();
}
