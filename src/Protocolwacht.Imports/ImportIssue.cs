using System.Globalization;
using System.Text;

namespace Protocolwacht.Imports;

/// <summary>
/// One thing wrong with an imported file, in Dutch, with where it is: the file name, the 1-based line
/// (or spreadsheet row) and column when known, and the JSON path (<c>[12].tweet.created_at</c>) or the
/// column header when that says more than a number. A reader reports issues; it never throws on bad input.
/// </summary>
public sealed record ImportIssue(string File, int? Line, int? Column, string? Path, string Message)
{
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $", regel {line}");
        }

        if (Column is { } column)
        {
            text.Append(CultureInfo.InvariantCulture, $", kolom {column}");
        }

        if (!string.IsNullOrEmpty(Path))
        {
            text.Append(" (").Append(Path).Append(')');
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
