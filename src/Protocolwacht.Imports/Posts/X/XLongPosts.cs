using System.Text.RegularExpressions;

namespace Protocolwacht.Imports.Posts.X;

/// <summary>
/// Pairs a long post's tweet in <c>tweets.js</c> with its full text in <c>note-tweet.js</c>. The note file does not
/// name the tweet, so a pair is made only on evidence: the tweet's text ends in a t.co link (the link to the whole
/// post that X appends when it cuts a long post), it was created in the same second as the note, and what is left of
/// its text is the start of the note's text. When more than one unpaired note fits, none is chosen and the tweet
/// keeps its cut text: a guess could put one post's words under another. A note that fits no tweet (its tweet was
/// not in the export) is left over, to be imported on its own.
/// </summary>
internal sealed partial class XLongPosts
{
    private readonly Dictionary<long, List<XNoteTweet>> _bySecond = [];
    private readonly HashSet<XNoteTweet> _claimed = [];
    private readonly IReadOnlyList<XNoteTweet> _notes;

    public XLongPosts(IReadOnlyList<XNoteTweet> notes)
    {
        _notes = notes;
        foreach (var note in notes)
        {
            var second = note.CreatedAt.ToUnixTimeSeconds();
            if (!_bySecond.TryGetValue(second, out var same))
            {
                _bySecond[second] = same = [];
            }

            same.Add(note);
        }
    }

    /// <summary>The notes no tweet was paired with or could have been, in file order.</summary>
    public IEnumerable<XNoteTweet> Unclaimed => _notes.Where(n => !_claimed.Contains(n));

    /// <summary>
    /// The full text of the tweet's long post, or null when the tweet is not a cut long post or its note is not
    /// known for certain. <paramref name="rawText"/> is the tweet's <c>full_text</c> as the archive has it;
    /// <paramref name="expand"/> replaces its t.co links by their addresses as the tweet's entities say.
    /// </summary>
    public string? FullTextOf(DateTimeOffset created, string rawText, Func<string, string> expand)
    {
        var trailing = TrailingLinks().Match(rawText);
        if (_notes.Count == 0 || !trailing.Success || !_bySecond.TryGetValue(created.ToUnixTimeSeconds(), out var same))
        {
            return null;
        }

        var start = Comparable(System.Net.WebUtility.HtmlDecode(expand(rawText[..trailing.Index])));
        if (start.Length == 0)
        {
            return null;
        }

        var fits = same.Where(n => !_claimed.Contains(n) && Comparable(n.Text).StartsWith(start, StringComparison.Ordinal)).ToList();
        _claimed.UnionWith(fits);
        return fits.Count == 1 ? fits[0].Text : null;
    }

    // Line breaks and runs of spaces may differ between the cut text and the note; words may not.
    private static string Comparable(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // The link X appends to a cut long post (after an ellipsis, when there is one), and any media link after it.
    [GeneratedRegex(@"(?:\s*…?\s*https://t\.co/[A-Za-z0-9]+)+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLinks();
}
