using System.Text;

namespace Protocolwacht.History.Search;

/// <summary>
/// A search as a person types it, in the syntax of PostgreSQL's <c>websearch_to_tsquery</c>: words (all must
/// occur), <c>"a phrase"</c>, <c>-word</c> to exclude, <c>or</c> between alternatives. PostgreSQL reads the text
/// itself; for SQLite it is turned into the same FTS5 expression over stems (<see cref="ToFts5"/>).
/// <see cref="HighlightStems"/> are the stems a result's words are highlighted by.
/// </summary>
public sealed class SearchQuery
{
    private readonly List<List<Item>> _groups;

    private SearchQuery(string text, List<List<Item>> groups)
    {
        Text = text;
        _groups = groups;
        HighlightStems = groups.SelectMany(g => g).Where(i => !i.Negated).SelectMany(i => i.Words).Select(DutchText.Stem).ToHashSet(StringComparer.Ordinal);
    }

    public string Text { get; }

    public IReadOnlySet<string> HighlightStems { get; }

    /// <summary>False when nothing is left to look for (empty, or only exclusions).</summary>
    public bool HasTerms => _groups.Any(g => g.Any(i => !i.Negated));

    public static SearchQuery Parse(string? text)
    {
        var raw = (text ?? string.Empty).Trim();
        var groups = new List<List<Item>>();
        var joinNext = false;
        foreach (var (token, quoted, negated) in Tokens(raw))
        {
            if (!quoted && !negated && token.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                joinNext = groups.Count > 0;
                continue;
            }

            var words = DutchText.Words(token).Select(w => token.Substring(w.Start, w.Length)).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var item = new Item(words, negated);
            if (joinNext && !negated && groups[^1].All(i => !i.Negated))
            {
                groups[^1].Add(item);
            }
            else
            {
                groups.Add([item]);
            }

            joinNext = false;
        }

        return new SearchQuery(raw, groups);
    }

    /// <summary>The FTS5 MATCH expression over the stems columns; only when <see cref="HasTerms"/>.</summary>
    public string ToFts5()
    {
        var positive = _groups.Where(g => !g[0].Negated).Select(g => g.Count == 1 ? Fts(g[0]) : "(" + string.Join(" OR ", g.Select(Fts)) + ")");
        var expression = new StringBuilder("(").AppendJoin(" AND ", positive).Append(')');
        foreach (var group in _groups.Where(g => g[0].Negated))
        {
            expression.Append(" NOT ").Append(Fts(group[0]));
        }

        return expression.ToString();
    }

    // A single word matches a stem in the text or in the compound parts; several words are a phrase in the text.
    private static string Fts(Item item) => item.Words.Count == 1
        ? Quote(DutchText.Stem(item.Words[0]))
        : "terms : " + Quote(string.Join(' ', item.Words.Select(DutchText.Stem)));

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IEnumerable<(string Token, bool Quoted, bool Negated)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var negated = text[i] == '-';
            if (negated)
            {
                i++;
            }

            if (i < text.Length && text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                yield return (text[(i + 1)..end], true, negated);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            yield return (text[start..i], false, negated);
        }
    }

    private sealed record Item(IReadOnlyList<string> Words, bool Negated);
}
