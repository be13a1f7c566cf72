using System.Text.RegularExpressions;

namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// A protocol part as an advisor edits it in a text box: paragraphs separated by an empty line, a list as
/// lines that start with "- " (a light form of Markdown). Writing and reading again gives the same blocks.
/// </summary>
public static partial class PartText
{
    private const string Bullet = "- ";

    public static string Write(IEnumerable<ProtocolBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return string.Join("\n\n", blocks.Select(b => b.Text ?? string.Join("\n", (b.Items ?? []).Select(i => Bullet + i))));
    }

    /// <summary>The blocks of an edited text; empty when the text is. Lines of a paragraph join with a space.</summary>
    public static IReadOnlyList<ProtocolBlock> Read(string? text)
    {
        var blocks = new List<ProtocolBlock>();
        foreach (var chunk in EmptyLine().Split((text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var lines = chunk.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var paragraph = new List<string>();
            var items = new List<string>();
            foreach (var line in lines)
            {
                if (IsItem(line))
                {
                    Flush(blocks, paragraph, null);
                    items.Add(line[Bullet.Length..].Trim());
                }
                else
                {
                    Flush(blocks, null, items);
                    paragraph.Add(line);
                }
            }

            Flush(blocks, paragraph, items);
        }

        return blocks;
    }

    // Only "- ": the protocol's own paragraphs start with "* " for a footnote.
    private static bool IsItem(string line) => line.StartsWith(Bullet, StringComparison.Ordinal);

    private static void Flush(List<ProtocolBlock> blocks, List<string>? paragraph, List<string>? items)
    {
        if (paragraph is { Count: > 0 })
        {
            blocks.Add(new ProtocolBlock(string.Join(" ", paragraph), null));
            paragraph.Clear();
        }

        if (items is { Count: > 0 })
        {
            blocks.Add(new ProtocolBlock(null, [.. items]));
            items.Clear();
        }
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex EmptyLine();
}
