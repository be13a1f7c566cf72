using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// A finding's message with the protocol's citations set apart. The check cites the protocol inside its Dutch
/// sentence ("… wordt gerespecteerd (Bedenk dat..., punt 5)."); translated, that Dutch title sat in the middle of an
/// English sentence. The protocol exists only in Dutch and its titles are not translated in code, so an English page
/// shows the sentence without them and the titles after it, quoted and marked as Dutch (<c>_Findings.cshtml</c>).
/// A citation is a parenthesis holding nothing but titles of the protocol's parts (<see cref="GuidelineCatalog"/>),
/// separated by "; ": a quote or a number in parentheses is left alone, and so is the title of a part a later
/// protocol version renamed.
/// </summary>
public sealed record CitedMessage(string Sentence, IReadOnlyList<string> Citations)
{
    private const string Separator = "; ";

    // Longest first, so "Don'ts, punt 10" is not read as "Don'ts, punt 1" followed by a stray "0".
    private static readonly Lazy<string[]> Titles = new(() =>
        [.. GuidelineCatalog.Ids.Select(GuidelineCatalog.TitleOf).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)]);

    /// <summary>The message as it is, its citations left where they are (a Dutch reader's sentence is whole).</summary>
    public static CitedMessage Whole(string message) => new(message, []);

    /// <summary>
    /// Without the citation of <paramref name="shownTitle"/>: a findings list names the finding's own part of the protocol
    /// beside the sentence (<c>_Guideline.cshtml</c>), and the English page showed that title twice (stop 43).
    /// </summary>
    public CitedMessage Except(string shownTitle) =>
        Citations.Contains(shownTitle, StringComparer.Ordinal) ? this with { Citations = [.. Citations.Where(c => c != shownTitle)] } : this;

    /// <summary>
    /// A Dutch reader's sentence without its citation of <paramref name="shownTitle"/>, the others left where they are: a
    /// findings list names the finding's own part beside the sentence (<c>_Guideline.cshtml</c>), and the Dutch page
    /// showed that title twice, at the end of the sentence and in the summary (stop 44). "(Don'ts, punt 2)" goes with the
    /// space before it; "(Don'ts, punt 4; Richtlijn 4)" becomes "(Richtlijn 4)".
    /// </summary>
    public static CitedMessage WholeExcept(string message, string shownTitle)
    {
        ArgumentNullException.ThrowIfNull(shownTitle);
        return Whole(Rewrite(message, titles =>
            !titles.Contains(shownTitle, StringComparer.Ordinal) ? null
            : titles.Count == 1 ? string.Empty
            : "(" + string.Join(Separator, titles.Where(t => t != shownTitle)) + ")"));
    }

    /// <summary>The sentence without its citations (and the space before each), and the cited titles in order.</summary>
    public static CitedMessage Of(string message)
    {
        var citations = new List<string>();
        var sentence = Rewrite(message, titles =>
        {
            citations.AddRange(titles);
            return string.Empty;
        });
        return new(sentence, citations);
    }

    // The message with each parenthesis of titles replaced by what replacement gives for its titles: null keeps it as
    // it is, an empty text drops it with the space before it.
    private static string Rewrite(string message, Func<List<string>, string?> replacement)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sentence = new System.Text.StringBuilder(message.Length);
        var at = 0;
        while (at < message.Length)
        {
            var open = message.IndexOf('(', at);
            if (open < 0)
            {
                break;
            }

            var close = CitationEnd(message, open + 1, out var titles);
            if (close < 0 || replacement(titles) is not { } replaced)
            {
                sentence.Append(message, at, open + 1 - at);
                at = open + 1;
                continue;
            }

            var keepUntil = replaced.Length == 0 && open > 0 && message[open - 1] == ' ' ? open - 1 : open;
            sentence.Append(message, at, keepUntil - at).Append(replaced);
            at = close + 1;
        }

        sentence.Append(message, at, message.Length - at);
        return sentence.ToString();
    }

    // The index of the ')' closing a parenthesis of titles, with those titles; -1 (and no titles) otherwise.
    private static int CitationEnd(string message, int from, out List<string> titles)
    {
        titles = [];
        var at = from;
        while (TitleAt(message, at) is { } title)
        {
            titles.Add(title);
            at += title.Length;
            if (at < message.Length && message[at] == ')')
            {
                return at;
            }

            if (string.CompareOrdinal(message, at, Separator, 0, Separator.Length) != 0)
            {
                break;
            }

            at += Separator.Length;
        }

        titles = [];
        return -1;
    }

    private static string? TitleAt(string message, int at)
    {
        foreach (var title in Titles.Value)
        {
            if (string.CompareOrdinal(message, at, title, 0, title.Length) == 0 && at + title.Length <= message.Length)
            {
                return title;
            }
        }

        return null;
    }
}
