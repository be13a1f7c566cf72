using System.Globalization;
using Protocolwacht.Imports.Tabular;

namespace Protocolwacht.Imports.Posts.LinkedIn;

/// <summary>
/// Reads <c>Shares.csv</c> from LinkedIn's "Get a copy of your data": columns <c>Date</c> (UTC,
/// <c>yyyy-MM-dd HH:mm:ss</c>), <c>ShareLink</c>, <c>ShareCommentary</c>, <c>SharedUrl</c>,
/// <c>MediaUrl</c>, <c>Visibility</c>. LinkedIn wraps the commentary in one more layer of quotes
/// inside the CSV field (each line of a multi-line text quoted, inner quotes doubled once more); that
/// layer is removed. The id is the share's URN from <c>ShareLink</c>, as LinkedIn's API names it.
/// </summary>
public static class LinkedInSharesReader
{
    private static readonly string[] Required = ["Date", "ShareCommentary"];

    public static IEnumerable<ImportRow<ImportedPost>> Read(Stream stream, PostReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        Dictionary<string, int>? columns = null;
        foreach (var record in CsvTable.Read(stream, options.FileName))
        {
            if (record.Issue is { } issue)
            {
                yield return ImportRow<ImportedPost>.Failed(issue);
                continue;
            }

            if (columns is null)
            {
                columns = ColumnNames.Index(record.Cells);
                var missing = Required.Where(c => !columns.ContainsKey(ColumnNames.Normalize(c))).ToList();
                if (missing.Count > 0)
                {
                    yield return ImportRow<ImportedPost>.Failed(new ImportIssue(options.FileName, record.Line, null, null,
                        $"Dit is geen Shares.csv van LinkedIn: de kolom(men) {string.Join(", ", missing.Select(m => $"'{m}'"))} ontbreken."));
                    yield break;
                }

                continue;
            }

            if (!record.IsBlank)
            {
                yield return ReadShare(record, columns, options);
            }
        }
    }

    private static ImportRow<ImportedPost> ReadShare(TabularRecord record, Dictionary<string, int> columns, PostReaderOptions options)
    {
        string Cell(string name) => columns.TryGetValue(ColumnNames.Normalize(name), out var i) ? record.Cell(i) : string.Empty;
        int Column(string name) => columns[ColumnNames.Normalize(name)] + 1;

        var dateText = Cell("Date");
        var dateOnly = dateText.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) ? dateText[..^4] : dateText;
        if (!DateTime.TryParseExact(dateOnly, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return ImportRow<ImportedPost>.Failed(new ImportIssue(options.FileName, record.Line, Column("Date"), "Date",
                $"Onbekende datum '{dateText}': LinkedIn schrijft bijvoorbeeld '2024-03-31 08:15:00'."));
        }

        var link = Cell("ShareLink");
        var text = Unwrap(Cell("ShareCommentary"));
        var shared = Cell("SharedUrl") is { Length: > 0 } s ? s : null;
        var mediaUrl = Cell("MediaUrl");
        var media = mediaUrl.Length == 0 ? [] : new List<ImportedMedia> { new(MediaTypes.FromFileName(mediaUrl), null, mediaUrl) };
        var created = new DateTimeOffset(date, TimeSpan.Zero);
        var id = ShareUrn(link) ?? PostFingerprint.Of("li", created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), text);
        var repost = text.Length == 0 && shared is not null && shared.Contains("linkedin.com/feed/update", StringComparison.OrdinalIgnoreCase);
        return ImportRow<ImportedPost>.Ok(record.Line, new ImportedPost(ImportPlatform.LinkedIn, id, created, text,
            link.Length == 0 ? null : link, repost ? ImportedPostKind.Repost : ImportedPostKind.Original, null, media, shared));
    }

    /// <summary>
    /// Removes LinkedIn's extra quoting: <c>"Eerste regel"\n"tweede regel met ""citaat"""</c> becomes
    /// the text itself. A commentary that is not wrapped is returned as it is.
    /// </summary>
    internal static string Unwrap(string commentary)
    {
        if (commentary.Length < 2 || commentary[0] != '"' || commentary[^1] != '"')
        {
            return commentary.Trim();
        }

        return commentary[1..^1]
            .Replace("\"\r\n\"", "\n", StringComparison.Ordinal)
            .Replace("\"\n\"", "\n", StringComparison.Ordinal)
            .Replace("\"\"", "\"", StringComparison.Ordinal)
            .Trim();
    }

    /// <summary>ShareLink ends in the URL-encoded URN: <c>…/feed/update/urn%3Ali%3Ashare%3A7012…</c>.</summary>
    private static string? ShareUrn(string link)
    {
        var decoded = Uri.UnescapeDataString(link);
        var at = decoded.IndexOf("urn:li:", StringComparison.Ordinal);
        return at < 0 ? null : decoded[at..].TrimEnd('/');
    }
}
