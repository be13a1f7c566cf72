using System.Text;
using System.Text.RegularExpressions;

namespace Protocolwacht.Connectors.LinkedIn;

/// <summary>
/// LinkedIn's "little text" format for commentary: reserved characters must be escaped with a
/// backslash, otherwise LinkedIn reads them as markup (mentions, hashtags) or cuts the text off.
/// </summary>
internal static partial class LittleText
{
    private const string Reserved = @"\|{}@[]()<>#*_~";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Plain text of commentary as LinkedIn returns it: hashtag templates become <c>#tag</c>, escapes are removed.</summary>
    public static string Unescape(string commentary) =>
        EscapedCharacter().Replace(HashtagTemplate().Replace(commentary, "#$1"), "$1");

    [GeneratedRegex(@"\{hashtag\|\\?#\|([^}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex HashtagTemplate();

    [GeneratedRegex(@"\\([\\|{}@\[\]()<>#*_~])", RegexOptions.CultureInvariant)]
    private static partial Regex EscapedCharacter();
}
