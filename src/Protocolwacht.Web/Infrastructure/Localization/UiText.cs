using System.Globalization;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// The interface's string table. Dutch is the key and the default; <see cref="EnglishTexts"/> holds the
/// translation shown when the request culture is English. A missing translation shows the Dutch text,
/// never an empty label.
/// </summary>
public static class UiText
{
    public static string T(string dutch)
    {
        ArgumentNullException.ThrowIfNull(dutch);
        return IsEnglish && EnglishTexts.Table.TryGetValue(dutch, out var english) ? english : dutch;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value for the html lang attribute.</summary>
    public static string Language => IsEnglish ? "en" : "nl";
}
