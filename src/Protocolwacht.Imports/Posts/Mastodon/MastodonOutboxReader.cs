using System.Globalization;
using System.Text.Json;
using Protocolwacht.Imports.Json;
using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Posts.Mastodon;

/// <summary>
/// Reads <c>outbox.json</c> from a Mastodon account archive: an ActivityStreams
/// <c>OrderedCollection</c> whose <c>orderedItems</c> are <c>Create</c> activities (a <c>Note</c> or
/// <c>Question</c> with HTML <c>content</c>) and <c>Announce</c> activities (boosts, whose
/// <c>object</c> is only the boosted post's URI). Mastodon writes the file on one line, so issues name
/// the JSON path (<c>orderedItems[12].object.published</c>) rather than a line. A content warning
/// (<c>summary</c>) is part of what readers see and comes first in <see cref="ImportedPost.Text"/>.
/// </summary>
public static class MastodonOutboxReader
{
    public static IEnumerable<ImportRow<ImportedPost>> Read(Stream stream, PostReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var entry in JsonArrayStream.Read(stream, JsonArraySource.Property(options.FileName, "orderedItems")))
        {
            if (entry.Issue is { } issue)
            {
                yield return ImportRow<ImportedPost>.Failed(issue);
                yield break;
            }

            var record = new JsonRecord(options.FileName, entry.Line, entry.Path);
            var post = ReadActivity(entry.Element, record);
            yield return post is not null && !record.HasIssues
                ? ImportRow<ImportedPost>.Ok(entry.Line, post)
                : ImportRow<ImportedPost>.Failed(entry.Line, record.Issues);
        }
    }

    private static ImportedPost? ReadActivity(JsonElement activity, JsonRecord record)
    {
        if (!record.RequireObject(activity, "Een activiteit"))
        {
            return null;
        }

        var type = record.String(activity, "type", "type", required: true);
        return type switch
        {
            "Create" => ReadCreate(activity, record),
            "Announce" => ReadAnnounce(activity, record),
            null => null,
            _ => Unknown(record, type),
        };
    }

    private static ImportedPost? Unknown(JsonRecord record, string type)
    {
        record.Error("type", $"Onbekend soort activiteit '{type}': verwacht 'Create' (een bericht) of 'Announce' (een boost).");
        return null;
    }

    private static ImportedPost? ReadCreate(JsonElement activity, JsonRecord record)
    {
        if (record.Object(activity, "object", "object", required: true) is not { } note)
        {
            return null;
        }

        var uri = record.String(note, "id", "object.id", required: true);
        var published = Published(record, note, "object.published") ?? Published(record, activity, "published");
        var content = HtmlText.ToPlainText(record.String(note, "content", "object.content"));
        var warning = HtmlText.ToPlainText(record.String(note, "summary", "object.summary"));
        var text = warning.Length == 0 ? content : content.Length == 0 ? warning : $"{warning}\n\n{content}";
        var url = record.String(note, "url", "object.url");
        var inReplyTo = record.String(note, "inReplyTo", "object.inReplyTo");
        var actor = record.String(activity, "actor", "actor") ?? record.String(note, "attributedTo", "object.attributedTo");
        var media = ReadAttachments(note, record);
        if (uri is null || published is null || record.HasIssues)
        {
            if (published is null && !record.HasIssues)
            {
                record.Error("object.published", "De datum van het bericht ontbreekt.");
            }

            return null;
        }

        var ownThread = inReplyTo is not null && actor is not null && inReplyTo.StartsWith(actor + "/", StringComparison.Ordinal);
        return new ImportedPost(
            ImportPlatform.Mastodon,
            StatusId(uri),
            published.Value,
            text,
            url ?? uri,
            inReplyTo is null ? ImportedPostKind.Original : ownThread ? ImportedPostKind.ThreadPart : ImportedPostKind.Reply,
            inReplyTo is null ? null : ownThread ? StatusId(inReplyTo) : inReplyTo,
            media);
    }

    private static ImportedPost? ReadAnnounce(JsonElement activity, JsonRecord record)
    {
        var uri = record.String(activity, "id", "id", required: true);
        var boosted = record.String(activity, "object", "object", required: true);
        var published = Published(record, activity, "published");
        if (uri is null || boosted is null || published is null || record.HasIssues)
        {
            if (published is null && !record.HasIssues)
            {
                record.Error("published", "De datum van de boost ontbreekt.");
            }

            return null;
        }

        // An Announce id is the status URI followed by "/activity".
        var statusUri = uri.EndsWith("/activity", StringComparison.Ordinal) ? uri[..^"/activity".Length] : uri;
        return new ImportedPost(ImportPlatform.Mastodon, StatusId(statusUri), published.Value, string.Empty, boosted,
            ImportedPostKind.Repost, null, [], SharedUrl: boosted);
    }

    private static List<ImportedMedia> ReadAttachments(JsonElement note, JsonRecord record)
    {
        var media = new List<ImportedMedia>();
        if (record.Array(note, "attachment", "object.attachment") is not { } attachments)
        {
            return media;
        }

        var index = 0;
        foreach (var attachment in attachments.EnumerateArray())
        {
            var at = $"object.attachment[{index++}]";
            var url = record.String(attachment, "url", at + ".url");
            var mime = record.String(attachment, "mediaType", at + ".mediaType");
            var alt = record.String(attachment, "name", at + ".name");
            var absolute = url is not null && Uri.TryCreate(url, UriKind.Absolute, out _);
            var type = mime is null ? MediaTypes.FromFileName(url) : MediaTypes.FromMime(mime);
            media.Add(new ImportedMedia(type, absolute ? null : url, absolute ? url : null, string.IsNullOrWhiteSpace(alt) ? null : alt));
        }

        return media;
    }

    private static DateTimeOffset? Published(JsonRecord record, JsonElement parent, string path)
    {
        var text = record.String(parent, "published", path);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var published))
        {
            return published.ToUniversalTime();
        }

        record.Error(path, $"Onbekende datum '{text}': verwacht een ISO 8601-tijdstip zoals '2024-03-31T08:15:00Z'.");
        return null;
    }

    /// <summary>The status id is the last segment of its URI (<c>…/users/konot/statuses/1100</c>).</summary>
    private static string StatusId(string uri)
    {
        var trimmed = uri.TrimEnd('/');
        var cut = trimmed.LastIndexOf('/');
        return cut >= 0 && cut < trimmed.Length - 1 ? trimmed[(cut + 1)..] : trimmed;
    }
}
