using System.Globalization;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// The period a manager types on the advice page, as Dutch dates (dag-maand-jaar, e.g. 7-12-2026). An empty first day
/// means today; an empty last day means "until I report back". Both days count as away.
/// </summary>
public static class AbsencePeriodInput
{
    public static (DateOnly From, DateOnly? Until, string? Error) Parse(string? from, string? until, DateOnly today)
    {
        var first = today;
        if (!string.IsNullOrWhiteSpace(from) && !TryParse(from, out first))
        {
            return (default, null, $"Eerste dag: '{from.Trim()}' is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld {Dutch(today)}.");
        }

        DateOnly? last = null;
        if (!string.IsNullOrWhiteSpace(until))
        {
            if (!TryParse(until, out var parsed))
            {
                return (default, null, $"Laatste dag: '{until.Trim()}' is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld {Dutch(today)}.");
            }

            last = parsed;
        }

        if (last < first)
        {
            return (default, null, $"De laatste dag ligt vóór de eerste dag ({Dutch(last.Value)} is eerder dan {Dutch(first)}).");
        }

        return last < today
            ? (default, null, $"De laatste dag ({Dutch(last.Value)}) ligt in het verleden.")
            : (first, last, null);
    }

    public static string Dutch(DateOnly day) => day.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "d-M-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
