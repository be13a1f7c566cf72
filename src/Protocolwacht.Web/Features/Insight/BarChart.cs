using System.Globalization;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// A horizontal bar chart (<c>_BarChart.cshtml</c>), with the same figures as a table beside it and a CSV download of that
/// table. <see cref="Table"/> names the CSV (<c>?handler=Csv&amp;table=…</c>). Its labels are HTML text, not SVG text:
/// drawn inside one scaled SVG they shrank to about 7 px on a phone and a long one was cut short (stop 44), while HTML
/// text keeps the page's size and wraps; only each bar is a small SVG, whose width attribute needs no inline style.
/// <see cref="ExtrasInDutch"/> marks extra columns that hold the protocol's own (Dutch) words, such as a part's title:
/// the table gives them <c>lang="nl"</c>, so an English page reads them in Dutch instead of pretending they are English.
/// <see cref="IdHeader"/> names a CSV column of the rows' ids (a school's or an account's id, a category's code), beside
/// the name the page shows: a spreadsheet can then be joined to another export that knows only ids or codes. The page
/// itself shows names only.
/// </summary>
public sealed record BarChart(string Table, string Title, string LabelHeader, string ValueHeader, IReadOnlyList<BarChartRow> Rows, IReadOnlyList<string>? ExtraHeaders = null, bool ExtrasInDutch = false)
{
    public IReadOnlyList<string> Extras => ExtraHeaders ?? [];

    /// <summary>The header of the CSV's id column, right after the label; null: the CSV has none (the label is the key).</summary>
    public string? IdHeader { get; init; }

    private int Max => Rows.Count == 0 ? 1 : Math.Max(1, Rows.Max(r => r.Value));

    /// <summary>
    /// The length of a bar as a share of its track ("37.5%"): proportional to the largest, which fills the track; at least
    /// 1% so a count of 1 beside a thousand still shows; "0" for none.
    /// </summary>
    public string BarLength(BarChartRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Value == 0)
        {
            return "0";
        }

        var percent = Math.Max(1.0, Math.Round(100.0 * row.Value / Max, 1));
        return percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }
}

/// <summary>One bar: its label, its value, and optional extra columns for the table (and CSV) only.</summary>
public sealed record BarChartRow(string Label, int Value, IReadOnlyList<string>? Extra = null)
{
    /// <summary>What the label names, by id (a school's, an account's, a category's code), for the CSV's <see cref="BarChart.IdHeader"/> column.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// The label is a Dutch word of the app's (a category's name, the board's own row), which the page shows in the
    /// reader's language; otherwise it is data (a school's or an account's name, a month), shown as it is.
    /// </summary>
    public bool TranslatesLabel { get; init; }
}
