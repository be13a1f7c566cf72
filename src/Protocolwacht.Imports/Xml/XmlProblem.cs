using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Protocolwacht.Imports.Xml;

/// <summary>
/// Says in Dutch what is wrong with a file that is not well-formed XML. <see cref="XmlException"/> carries no error
/// code, only the runtime's English text (the runtime ships no Dutch resources), which must not reach a school
/// administrator. The common faults of a hand-edited or half-downloaded EDEX.XML are recognised by that text and named;
/// anything else gets the general Dutch explanation. The line and column go into the issue itself.
/// </summary>
internal static partial class XmlProblem
{
    private const string UnknownEntity = "Onbekende entiteit '&{0};': XML kent alleen &amp;, &lt;, &gt;, &quot; en &apos;.";

    public const string General = "Het bestand is geen geldige XML: de opbouw klopt niet op deze plaats. Exporteer het bestand opnieuw uit het schoolsysteem.";

    public static string Describe(XmlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception.Message;
        if (Contains(text, "Root element is missing"))
        {
            return "Het bestand is leeg of bevat geen XML: er is geen hoofdelement.";
        }

        if (Contains(text, "Unexpected end of file"))
        {
            return "Het bestand houdt midden in de XML op: het is afgebroken of niet helemaal gedownload. Exporteer het opnieuw.";
        }

        if (Contains(text, "DTD is prohibited"))
        {
            return "Het bestand bevat een DTD (<!DOCTYPE …>); die wordt om veiligheidsredenen niet gelezen. Een EDEXML-export heeft er geen.";
        }

        if (Contains(text, "undeclared entity") && Quoted().Match(text) is { Success: true } entity)
        {
            return string.Format(CultureInfo.InvariantCulture, UnknownEntity, entity.Groups[1].Value);
        }

        if (Contains(text, "does not match the end tag") || Contains(text, "end tag"))
        {
            return "Een element wordt niet (of met een andere naam) gesloten.";
        }

        if (Contains(text, "Invalid character in the given encoding") || Contains(text, "invalid character"))
        {
            return "Het bestand bevat een teken dat niet in zijn tekencodering past (bijvoorbeeld Windows-1252 waar UTF-8 wordt gezegd).";
        }

        if (Contains(text, "does not support") && Contains(text, "encoding"))
        {
            return "Het bestand noemt een tekencodering die niet bekend is; gebruik UTF-8.";
        }

        if (Contains(text, "multiple root elements"))
        {
            return "Het bestand heeft meer dan één hoofdelement; een EDEXML-bestand heeft er één: <EDEX>.";
        }

        return General;
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("'([^']{1,40})'")]
    private static partial Regex Quoted();
}
