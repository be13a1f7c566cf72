using System.Text.RegularExpressions;

namespace Protocolwacht.Connectors.Mastodon;

/// <summary>
/// Mastodon returns a status's text as HTML (<c>content</c>). For fingerprints only the visible
/// characters matter; tags are removed without a gap so that links split over invisible spans
/// come back whole, and paragraph or line breaks become a space.
/// </summary>
internal static partial class MastodonStatusText
{
    public static string FromHtml(string html) =>
        Tag().Replace(Break().Replace(html, " "), string.Empty);

    [GeneratedRegex(@"<br\s*/?>|</p>\s*<p>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Break();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
