using System.Net;
using System.Text;
using Protocolwacht.Checks.Language;

namespace Protocolwacht.History.Search;

/// <summary>
/// The text of a result as HTML with the words that match the search in <c>&lt;mark&gt;</c>: a word matches
/// when its stem, or the stem of one of its compound parts, is a stem of the search. Everything else is
/// HTML-encoded, so a post's text can never become markup. The same for both providers.
/// </summary>
public static class Highlighter
{
    public static string ToHtml(string text, IReadOnlySet<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (var (start, length) in DutchText.Words(text))
        {
            var word = text.Substring(start, length);
            if (!Matches(word, stems))
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(word)).Append("</mark>");
            at = start + length;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    /// <summary>The same marks as plain text, for a terminal: [[word]].</summary>
    public static string ToMarkedText(string text, IReadOnlySet<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);
        var marked = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var (start, length) in DutchText.Words(text))
        {
            var word = text.Substring(start, length);
            if (Matches(word, stems))
            {
                marked.Append(text, at, start - at).Append("[[").Append(word).Append("]]");
                at = start + length;
            }
        }

        return marked.Append(text, at, text.Length - at).ToString();
    }

    private static bool Matches(string word, IReadOnlySet<string> stems) =>
        stems.Count > 0 && (stems.Contains(DutchText.Stem(word))
            || (word.Length >= 7 && CompoundWords.PartsOf(word).Any(p => stems.Contains(DutchText.Stem(p)))));
}
