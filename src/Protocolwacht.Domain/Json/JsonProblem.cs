using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Protocolwacht.Domain.Json;

/// <summary>
/// Says in Dutch what is wrong with a file that is not valid JSON. <see cref="JsonException"/> carries no error code,
/// only System.Text.Json's English text, which must not reach the person importing. The faults of a damaged or
/// hand-edited export are recognised by that text and named, with the offending character when the reader quotes
/// one (it helps to find the spot); anything else gets the general Dutch explanation. Line and column go into the issue
/// (<see cref="Where"/>). Every reader of a JSON file a person hands in uses it (imports, the organisation file, the
/// protocol document, the CLI's files); the English text may go to a log, never into what the person reads.
/// </summary>
public static partial class JsonProblem
{
    private const string UnexpectedStart = "Het bestand is geen geldige JSON: onverwacht teken{0}, hier hoort een waarde of een naam tussen aanhalingstekens.";
    private const string BadNumber = "Het bestand is geen geldige JSON: een ongeldig getal (teken{0}).";
    private const string UnknownWord = "Het bestand is geen geldige JSON: een onbekend woord (teken{0}); alleen true, false en null zijn toegestaan.";
    private const string UnmatchedClose = "Het bestand is geen geldige JSON: een sluitend haakje{0} zonder openend haakje.";
    private const string WrongType = "Het bestand is geen geldige JSON voor dit doel: een waarde heeft niet het verwachte soort (tekst, getal, ja/nee, lijst of object).";
    private const string AfterValue = "Het bestand is geen geldige JSON: onverwacht teken{0} na een waarde, hier hoort een komma, dubbele punt of sluitend haakje.";

    // The templates keep their {0} (the quoted character) so the web app's English texts find them by their Dutch key.
    public const string General = "Het bestand is geen geldige JSON: de opbouw klopt niet op deze plaats.";

    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception.Message;
        var character = Quoted().Match(text) is { Success: true } quoted ? $" '{quoted.Groups[1].Value}'" : string.Empty;
        return text switch
        {
            _ when Has(text, "could not be converted") || Has(text, "cannot be converted") => WrongType,
            _ when Has(text, "does not contain any JSON tokens") => "Het bestand is leeg of bevat geen JSON.",
            _ when Has(text, "within a JSON string") && (Has(text, "escapable") || Has(text, "hex digit")) =>
                "Het bestand is geen geldige JSON: een onbekende escape (\\…) in een tekst.",
            _ when Has(text, "within a JSON string") => "Het bestand is geen geldige JSON: een regeleinde of ander stuurteken midden in een tekst.",
            _ when Has(text, "reached end of data") || Has(text, "depth to be zero") || Has(text, "incomplete") =>
                "Het bestand houdt onverwacht op: het is afgekapt of niet helemaal gedownload.",
            _ when Has(text, "within a number") || Has(text, "of a number") || Has(text, "leading zero") || Has(text, "digit (") => string.Format(CultureInfo.InvariantCulture, BadNumber, character),
            _ when Has(text, "literal") => string.Format(CultureInfo.InvariantCulture, UnknownWord, character),
            _ when Has(text, "invalid start of") =>
                string.Format(CultureInfo.InvariantCulture, UnexpectedStart, character),
            _ when Has(text, "without a matching open") => string.Format(CultureInfo.InvariantCulture, UnmatchedClose, character),
            _ when Has(text, "after a") || Has(text, "Expected either") || Has(text, "Expected a") =>
                string.Format(CultureInfo.InvariantCulture, AfterValue, character),
            _ when Has(text, "UTF-8") || Has(text, "UTF8") || Has(text, "UTF-16") => "Het bestand bevat bytes die geen UTF-8-tekst zijn: is het wel de export zelf?",
            _ when Has(text, "comment") => "Het bestand is geen geldige JSON: commentaar is niet toegestaan.",
            _ => General,
        };
    }

    /// <summary>
    /// <see cref="Describe"/> and where the reader stopped: "… De fout zit op regel 3, positie 17, bij 'parts[2].title'."
    /// (line and position from one; the property as a path without the leading "$.", when the reader knows it).
    /// </summary>
    public static string DescribeAt(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var line = (exception.LineNumber ?? 0) + 1;
        var position = (exception.BytePositionInLine ?? 0) + 1;
        return Property(exception.Path) is { } property
            ? string.Format(CultureInfo.InvariantCulture, "{0} De fout zit op regel {1}, positie {2}, bij '{3}'.", Describe(exception), line, position, property)
            : string.Format(CultureInfo.InvariantCulture, "{0} De fout zit op regel {1}, positie {2}.", Describe(exception), line, position);
    }

    private static string? Property(string? path) => path switch
    {
        { Length: > 2 } when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        { Length: > 1 } when path.StartsWith("$[", StringComparison.Ordinal) => path[1..],
        _ => null,
    };

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    // The reader quotes the character it stumbled on ('}' is invalid after a value); a longer quote is not one character.
    [GeneratedRegex("^'(.{1,4})'")]
    private static partial Regex Quoted();
}
