using System.Text.RegularExpressions;

namespace Protocolwacht.Web.Features.Shared;

/// <summary>One run of a word-level diff: <see cref="Kind"/> −1 removed, 0 kept, +1 added; whitespace travels with its word.</summary>
public sealed record DiffPart(int Kind, string Text);

/// <summary>
/// A word-level diff of two texts (longest common subsequence over words), for showing a correction or a
/// changed protocol part side by side. Both are short (a few hundred words at most), so the quadratic table is small.
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffPart> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Words().Matches(before).Select(m => m.Value).ToArray();
        var b = Words().Matches(after).Select(m => m.Value).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = Same(a[i], b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && Same(a[x], b[y]))
            {
                Add(parts, 0, b[y]);
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Add(parts, 1, b[y++]);
            }
            else
            {
                Add(parts, -1, a[x++]);
            }
        }

        return parts;
    }

    private static bool Same(string left, string right) => string.Equals(left.TrimEnd(), right.TrimEnd(), StringComparison.Ordinal);

    private static void Add(List<DiffPart> parts, int kind, string text)
    {
        if (parts.Count > 0 && parts[^1].Kind == kind)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
        }
        else
        {
            parts.Add(new DiffPart(kind, text));
        }
    }

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex Words();
}
