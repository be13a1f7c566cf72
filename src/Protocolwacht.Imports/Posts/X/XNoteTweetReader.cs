using System.Globalization;
using System.Net;
using System.Text.Json;
using Protocolwacht.Imports.Json;

namespace Protocolwacht.Imports.Posts.X;

/// <summary>
/// Reads X's <c>data/note-tweet.js</c>, <c>window.YTD.note_tweet.part0 = [ { "noteTweet": { "noteTweetId": …,
/// "createdAt": "2024-05-17T09:12:44.000Z", "core": { "text": …, "urls": [ { "shortUrl", "expandedUrl" } ] } } } ]</c>.
/// The whole file is read before any tweet is matched to it; any issue (with the note file's line and JSON path)
/// is returned instead of notes, so the import refuses the archive and writes nothing.
/// </summary>
internal static class XNoteTweetReader
{
    /// <summary>No note file: no long posts and nothing wrong.</summary>
    public static readonly (IReadOnlyList<XNoteTweet> Notes, IReadOnlyList<ImportIssue> Issues) None = ([], []);

    public static (IReadOnlyList<XNoteTweet> Notes, IReadOnlyList<ImportIssue> Issues) Read(ExportPart file)
    {
        var notes = new List<XNoteTweet>();
        var issues = new List<ImportIssue>();
        foreach (var entry in JsonArrayStream.Read(file.Content, JsonArraySource.ScriptAssignment(file.FileName)))
        {
            if (entry.Issue is { } issue)
            {
                issues.Add(issue);
                break;
            }

            var record = new JsonRecord(file.FileName, entry.Line, entry.Path);
            var note = ReadNote(entry.Element, record);
            if (note is not null && !record.HasIssues)
            {
                notes.Add(note);
            }
            else
            {
                issues.AddRange(record.Issues);
            }
        }

        return issues.Count > 0 ? (None.Notes, issues) : (notes, None.Issues);
    }

    private static XNoteTweet? ReadNote(JsonElement element, JsonRecord record)
    {
        if (!record.RequireObject(element, "Een lang bericht (note tweet)")
            || record.Object(element, "noteTweet", "noteTweet", required: true) is not { } note)
        {
            return null;
        }

        var id = record.String(note, "noteTweetId", "noteTweet.noteTweetId", required: true);
        var createdText = record.String(note, "createdAt", "noteTweet.createdAt", required: true);
        DateTimeOffset created = default;
        if (createdText is not null && !TryParseCreated(createdText, out created))
        {
            record.Error("noteTweet.createdAt", $"Onbekende datum '{createdText}': X schrijft bijvoorbeeld '2024-05-17T09:12:44.000Z'.");
        }

        var core = record.Object(note, "core", "noteTweet.core", required: true);
        var text = core is { } found ? record.String(found, "text", "noteTweet.core.text", required: true) : null;
        if (id is null || text is null || core is null || record.HasIssues)
        {
            return null;
        }

        text = ExpandLinks(text, core.Value, record);
        return record.HasIssues ? null : new XNoteTweet(id, record.Line, created, WebUtility.HtmlDecode(text).Trim());
    }

    // tweets.js writes whole seconds; a note's milliseconds are dropped so the two can be compared.
    private static bool TryParseCreated(string text, out DateTimeOffset utc)
    {
        utc = default;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            || !text.Contains('T', StringComparison.Ordinal))
        {
            return false;
        }

        utc = DateTimeOffset.FromUnixTimeSeconds(parsed.ToUnixTimeSeconds());
        return true;
    }

    private static string ExpandLinks(string text, JsonElement core, JsonRecord record)
    {
        if (record.Array(core, "urls", "noteTweet.core.urls") is not { } urls)
        {
            return text;
        }

        var index = 0;
        foreach (var url in urls.EnumerateArray())
        {
            var at = $"noteTweet.core.urls[{index++}]";
            var shortUrl = record.String(url, "shortUrl", at + ".shortUrl");
            var expanded = record.String(url, "expandedUrl", at + ".expandedUrl");
            if (!string.IsNullOrEmpty(shortUrl) && !string.IsNullOrEmpty(expanded))
            {
                text = text.Replace(shortUrl, expanded, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
