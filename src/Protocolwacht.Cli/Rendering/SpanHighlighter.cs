using System.Text;

namespace Protocolwacht.Cli.Rendering;

/// <summary>
/// Shows the offending part of a post inside a short excerpt: ANSI colour on a terminal, [[…]]
/// markers when the output is a file or pipe (so it still reads, and tests can see it).
/// </summary>
internal sealed class SpanHighlighter(bool colour)
{
    private const int Context = 40;
    private const string AnsiOn = "\u001b[1;4;31m";
    private const string AnsiOff = "\u001b[0m";

    /// <summary>The excerpt, or null when the span does not lie inside the text.</summary>
    public string? Excerpt(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || start >= end)
        {
            return null;
        }

        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);

        // Cut at a word boundary so the excerpt does not open or close mid-word.
        if (from > 0)
        {
            var space = text.IndexOf(' ', from, start - from);
            from = space >= 0 ? space + 1 : from;
        }

        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to - 1, to - end);
            to = space >= 0 ? space : to;
        }

        var excerpt = new StringBuilder();
        excerpt.Append(from > 0 ? "…" : string.Empty)
            .Append(OneLine(text[from..start]))
            .Append(colour ? AnsiOn : "[[")
            .Append(OneLine(text[start..end]))
            .Append(colour ? AnsiOff : "]]")
            .Append(OneLine(text[end..to]))
            .Append(to < text.Length ? "…" : string.Empty);
        return excerpt.ToString();
    }

    // A finding is printed on one line even when the post has several.
    private static string OneLine(string part) => part.Replace("\r\n", " ⏎ ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
