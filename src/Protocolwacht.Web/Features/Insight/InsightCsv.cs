using System.Text;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// A chart's table as CSV (RFC 4180, UTF-8 with BOM so a spreadsheet reads the accents): the header, then one line
/// per row. Labels are school, account and category names, guidelines and months, never a person; a school's or an
/// account's id, or a category's code, follows its name when the chart keeps one (<see cref="BarChart.IdHeader"/>). A cell that starts like a formula is
/// prefixed with an apostrophe so a spreadsheet shows it as text (OWASP's CSV injection list: '=', '+', '-', '@', a tab
/// and a carriage return); account names start with their platform (<see cref="InsightNames"/>), so they need none.
/// </summary>
public static class InsightCsv
{
    public static byte[] Write(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var text = new StringBuilder();
        string[] idHeader = chart.IdHeader is null ? [] : [chart.IdHeader];
        Line(text, [chart.LabelHeader, .. idHeader, chart.ValueHeader, .. chart.Extras]);
        foreach (var row in chart.Rows)
        {
            string[] id = chart.IdHeader is null ? [] : [row.Id ?? string.Empty];
            Line(text, [row.Label, .. id, row.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), .. row.Extra ?? []]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
