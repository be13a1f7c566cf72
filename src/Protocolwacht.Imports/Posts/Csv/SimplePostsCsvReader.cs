using System.Globalization;
using System.Text.RegularExpressions;
using Protocolwacht.Imports.Tabular;
using Protocolwacht.Imports.Time;

namespace Protocolwacht.Imports.Posts.Csv;

/// <summary>
/// Reads the simple CSV for any other source: columns <c>date,text,url</c> (or in Dutch
/// <c>datum,tekst,url</c>; ',' or ';' separated; UTF-8 or Windows-1252). A date with an offset or 'Z'
/// is taken as written; a date without one is a clock time in <see cref="PostReaderOptions.TimeZone"/>
/// (Europe/Amsterdam), with summer time applied for its day. The URL, when present, is the post's id.
/// </summary>
public static partial class SimplePostsCsvReader
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
        "dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy HH:mm", "d-M-yyyy H:mm", "d-M-yyyy HH:mm", "dd-MM-yyyy", "d-M-yyyy",
        "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy", "d/M/yyyy",
    ];

    private static readonly string[] DateColumns = ["date", "datum"];
    private static readonly string[] TextColumns = ["text", "tekst"];
    private static readonly string[] UrlColumns = ["url", "link"];

    public static IEnumerable<ImportRow<ImportedPost>> Read(Stream stream, PostReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        (int Date, int Text, int Url)? columns = null;
        foreach (var record in CsvTable.Read(stream, options.FileName))
        {
            if (record.Issue is { } issue)
            {
                yield return ImportRow<ImportedPost>.Failed(issue);
                continue;
            }

            if (columns is null)
            {
                var index = ColumnNames.Index(record.Cells);
                var date = Find(index, DateColumns);
                var text = Find(index, TextColumns);
                if (date < 0 || text < 0)
                {
                    yield return ImportRow<ImportedPost>.Failed(new ImportIssue(options.FileName, record.Line, null, null,
                        "De eerste regel moet de kolomnamen geven: date,text,url (of datum,tekst,url)."));
                    yield break;
                }

                columns = (date, text, Find(index, UrlColumns));
                continue;
            }

            if (!record.IsBlank)
            {
                yield return ReadPost(record, columns.Value, options);
            }
        }
    }

    private static int Find(Dictionary<string, int> index, string[] names) =>
        names.Select(n => index.TryGetValue(n, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);

    private static ImportRow<ImportedPost> ReadPost(TabularRecord record, (int Date, int Text, int Url) columns, PostReaderOptions options)
    {
        var dateText = record.Cell(columns.Date);
        var created = ParseDate(dateText, options.TimeZone, out var problem);
        if (created is null)
        {
            return ImportRow<ImportedPost>.Failed(new ImportIssue(options.FileName, record.Line, columns.Date + 1, "date", problem!));
        }

        var text = record.Cell(columns.Text);
        var url = columns.Url >= 0 && record.Cell(columns.Url) is { Length: > 0 } u ? u : null;
        var id = url ?? PostFingerprint.Of("csv", created.Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), text);
        return ImportRow<ImportedPost>.Ok(record.Line, new ImportedPost(ImportPlatform.Csv, id, created.Value, text, url,
            ImportedPostKind.Original, null, []));
    }

    internal static DateTimeOffset? ParseDate(string text, TimeZoneInfo zone, out string? problem)
    {
        problem = null;
        if (text.Contains(':', StringComparison.Ordinal) && OffsetAtEnd().IsMatch(text))
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return withOffset.ToUniversalTime();
            }
        }
        else if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return LocalTime.ToUtc(clock, zone, out problem);
        }

        problem = text.Length == 0
            ? "De datum ontbreekt."
            : $"Onbekende datum '{text}': gebruik bijvoorbeeld '2024-03-31 10:15' (Nederlandse tijd) of '2024-03-31T08:15:00Z'.";
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetAtEnd();
}
