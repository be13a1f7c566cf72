using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Protocolwacht.Imports.Text;

/// <summary>
/// Turns the HTML of a post (Mastodon's <c>content</c>) into the plain text a reader sees: entities
/// decoded, a line break for <c>&lt;br&gt;</c>, a blank line between paragraphs, link texts kept
/// whole (Mastodon hides <c>https://</c> in an invisible span; it is still part of the link).
/// </summary>
public static class HtmlText
{
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return html.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(html).Trim() : html.Trim();
        }

        var document = Parser.Value!.ParseDocument($"<body>{html}</body>");
        var text = new StringBuilder(html.Length);
        Append(document.Body!, text);
        return text.ToString().Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    text.Append('\n');
                    break;
                case IElement element when IsBlock(element.LocalName):
                    BreakParagraph(text);
                    Append(element, text);
                    BreakParagraph(text);
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    private static bool IsBlock(string name) => name is "p" or "div" or "blockquote" or "li" or "ul" or "ol" or "pre"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static void BreakParagraph(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var newlines = 0;
        for (var i = text.Length - 1; i >= 0 && text[i] == '\n'; i--)
        {
            newlines++;
        }

        text.Append('\n', Math.Max(0, 2 - newlines));
    }
}
