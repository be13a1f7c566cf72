using System.Globalization;

namespace Protocolwacht.Imports.School;

/// <summary>The date notations Dutch school exports and Excel use: 31-03-2024, 31-3-2024, 2024-03-31, 31/03/2024, 31.03.2024, 20240331.</summary>
internal static class DutchDate
{
    private static readonly string[] Formats =
    [
        "d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy", "dd.MM.yyyy", "yyyyMMdd",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "d-M-yyyy H:mm", "dd-MM-yyyy HH:mm", "dd-MM-yyyy HH:mm:ss",
    ];

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = DateOnly.FromDateTime(parsed);
        return true;
    }

    public static string Problem(string text) =>
        $"Onbekende datum '{text}': gebruik bijvoorbeeld 31-03-2024 of 2024-03-31.";
}
