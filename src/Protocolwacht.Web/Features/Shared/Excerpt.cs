using System.Globalization;

namespace Protocolwacht.Web.Features.Shared;

/// <summary>
/// A short start of a text for lists, cut between user-perceived characters (text elements), so an emoji
/// or an accented letter is never cut in half.
/// </summary>
public static class Excerpt
{
    public static string Of(string text, int maxCharacters = 100)
    {
        ArgumentNullException.ThrowIfNull(text);
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxCharacters ? text : info.SubstringByTextElements(0, maxCharacters).TrimEnd() + "…";
    }
}
