namespace Protocolwacht.Checks;

/// <summary>
/// A category of the check as people read it ("te populair taalgebruik", not its code "informal-language"), for every
/// page and command that names one: the insight's table, chart and CSV, the archive search's filter, the history's
/// report, and the CLI's check and import reports. The
/// codes (<see cref="Categories"/>) stay in query strings, stored findings and files; the names are the protocol's own
/// words where it has them (DONT2's "te populair taalgebruik"). The web app prints a name through <c>T(…)</c>, so an English
/// reader gets the English one (the web app's UiText.en.resx). This is the one list: a page that needs a category's name asks here.
/// </summary>
public static class CategoryNames
{
    /// <summary>The check's categories in the spec's order, each with its Dutch name.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        (Categories.Unauthorized, "geen plaatsingsrecht"),
        (Categories.Confidential, "vertrouwelijke informatie"),
        (Categories.PersonalData, "persoonsgegevens"),
        (Categories.Profanity, "grof taalgebruik"),
        (Categories.InformalLanguage, "te populair taalgebruik"),
        (Categories.HarmfulStatement, "kwetsende of schadelijke uitspraak"),
        (Categories.Discussion, "discussie met ouder of leerling"),
        (Categories.Quote, "citaat zonder toestemming"),
        (Categories.Copyright, "auteursrecht"),
        (Categories.ImageConsent, "toestemming voor beeld"),
        (Categories.Capacity, "namens wie (hoedanigheid)"),
        (Categories.MissingSource, "bron ontbreekt"),
        (Categories.Logo, "logo"),
        (Categories.Internal, "controle niet afgerond"),
    ];

    /// <summary>The Dutch name of <paramref name="code"/>; a code this version does not know comes back as it is, never empty.</summary>
    public static string Of(string code)
    {
        foreach (var (known, name) in All)
        {
            if (known == code)
            {
                return name;
            }
        }

        return code;
    }
}
