using System.Globalization;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// How the insight writes its figures. The page writes them for its reader (<see cref="Page"/>): counts with the
/// reader's thousands separator, shares with their decimal sign and months by name ("1.234", "12,5%", "september 2024"
/// for a Dutch reader; "1,234", "12.5%", "September 2024" for an English one, who read the Dutch forms before stop 43).
/// The CSV is for a spreadsheet (<see cref="Csv"/>): counts as plain digits and months as "2024-09", which a spreadsheet
/// in any language reads as they are, and the share with the reader's decimal sign.
/// </summary>
public sealed record InsightFormat(CultureInfo Culture, bool ForPage)
{
    /// <summary>For the page in the request's culture (nl-NL, or en after the language switch).</summary>
    public static InsightFormat Page() => new(CultureInfo.CurrentCulture, ForPage: true);

    /// <summary>For a CSV download in the request's culture.</summary>
    public static InsightFormat Csv() => new(CultureInfo.CurrentCulture, ForPage: false);

    public string Count(int value) => value.ToString(ForPage ? "N0" : "0", Culture);

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/> as a percentage with at most one decimal; 0% of nothing.</summary>
    public string Share(int part, int whole) =>
        string.Create(Culture, $"{(whole == 0 ? 0 : 100.0 * part / whole):0.#}%");

    /// <summary>"september 2024" on the page, "2024-09" in the CSV, for 202409; anything else as it is.</summary>
    public string Month(string yyyymm)
    {
        if (yyyymm.Length != 6 || !int.TryParse(yyyymm.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(yyyymm.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return yyyymm;
        }

        return ForPage ? new DateOnly(year, month, 1).ToString("MMMM yyyy", Culture) : $"{yyyymm[..4]}-{yyyymm[4..]}";
    }
}
