using System.Globalization;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// The interface's texts: <c>UiText.resx</c> (Dutch, the default) and <c>UiText.en.resx</c> beside this file, keyed
/// by the Dutch text and read through <c>IStringLocalizer&lt;UiText&gt;</c> (pages call it as <see cref="Translate"/>).
/// A text without an entry shows its Dutch key, never an empty label. The type itself only names the resources.
/// </summary>
public sealed class UiText
{
    private UiText()
    {
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value for the html lang attribute.</summary>
    public static string Language => IsEnglish ? "en" : "nl";
}
