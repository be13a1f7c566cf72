using System.Globalization;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (<c>_BarChart.cshtml</c>), with the same figures as a table
/// beside it and a CSV download of that table. <see cref="Table"/> names the CSV (<c>?handler=Csv&amp;table=…</c>).
/// <see cref="ExtrasInDutch"/> marks extra columns that hold the protocol's own (Dutch) words, such as a part's title:
/// the table gives them <c>lang="nl"</c>, so an English page reads them in Dutch instead of pretending they are English.
/// </summary>
public sealed record BarChart(string Table, string Title, string LabelHeader, string ValueHeader, IReadOnlyList<BarChartRow> Rows, IReadOnlyList<string>? ExtraHeaders = null, bool ExtrasInDutch = false)
{
    public IReadOnlyList<string> Extras => ExtraHeaders ?? [];

    public const int Width = 640;
    public const int LabelWidth = 200;
    public const int RowHeight = 26;
    public const int BarArea = Width - LabelWidth - 60;

    public int Height => Math.Max(1, Rows.Count) * RowHeight + 8;

    private int Max => Rows.Count == 0 ? 1 : Math.Max(1, Rows.Max(r => r.Value));

    /// <summary>The length of a bar in SVG units: proportional to the largest, at least 1 so a count of 1 still shows.</summary>
    public string BarLength(BarChartRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var length = row.Value == 0 ? 0 : Math.Max(1, (int)Math.Round((double)row.Value / Max * BarArea));
        return length.ToString(CultureInfo.InvariantCulture);
    }

    public static string Y(int index) => ((index * RowHeight) + 4).ToString(CultureInfo.InvariantCulture);

    public static string TextY(int index) => ((index * RowHeight) + 21).ToString(CultureInfo.InvariantCulture);
}

/// <summary>One bar: its label, its value, and optional extra columns for the table (and CSV) only.</summary>
public sealed record BarChartRow(string Label, int Value, IReadOnlyList<string>? Extra = null);
