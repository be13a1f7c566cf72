using System.Net;
using System.Text.Json;
using Protocolwacht.Imports.Json;

namespace Protocolwacht.Imports.Posts.X;

/// <summary>
/// Reads <c>data/tweets.js</c> (and <c>deleted-tweets.js</c>) from an X archive: a JavaScript
/// assignment <c>window.YTD.tweets.part0 = [ { "tweet": { … } }, … ]</c>. Retweets are recognised by
/// X's "RT @handle:" text (the archive keeps no other mark), replies by
/// <c>in_reply_to_status_id_str</c>; a reply to <see cref="PostReaderOptions.OwnHandle"/> is a thread
/// part. t.co links are replaced by their <c>expanded_url</c>, media links removed from the text and
/// listed as media with the file name the archive stores them under (<c>tweets_media/ID-NAME</c>).
/// With <see cref="PostReaderOptions.NoteTweets"/> a long post gets its full text from <c>note-tweet.js</c>
/// (<see cref="XLongPosts"/>); a malformed note file refuses the whole archive, and a note whose tweet is not in
/// the archive comes last as a post of its own (id <c>note-NOTEID</c>, no address: the note does not name its tweet).
/// </summary>
public static class XArchiveReader
{
    public static IEnumerable<ImportRow<ImportedPost>> Read(Stream stream, PostReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var (notes, noteIssues) = options.NoteTweets is { } noteFile ? XNoteTweetReader.Read(noteFile) : XNoteTweetReader.None;
        if (noteIssues.Count > 0)
        {
            foreach (var noteIssue in noteIssues)
            {
                yield return ImportRow<ImportedPost>.Failed(noteIssue);
            }

            yield break;
        }

        var longPosts = new XLongPosts(notes);
        foreach (var entry in JsonArrayStream.Read(stream, JsonArraySource.ScriptAssignment(options.FileName)))
        {
            if (entry.Issue is { } issue)
            {
                yield return ImportRow<ImportedPost>.Failed(issue);
                yield break;
            }

            var record = new JsonRecord(options.FileName, entry.Line, entry.Path);
            var post = ReadTweet(entry.Element, record, options, longPosts);
            yield return post is not null && !record.HasIssues
                ? ImportRow<ImportedPost>.Ok(entry.Line, post)
                : ImportRow<ImportedPost>.Failed(entry.Line, record.Issues);
        }

        foreach (var note in longPosts.Unclaimed)
        {
            yield return ImportRow<ImportedPost>.Ok(note.Line, new ImportedPost(
                ImportPlatform.X, "note-" + note.NoteId, note.CreatedAt, note.Text, null, ImportedPostKind.Original, null, []));
        }
    }

    private static ImportedPost? ReadTweet(JsonElement element, JsonRecord record, PostReaderOptions options, XLongPosts longPosts)
    {
        if (!record.RequireObject(element, "Een tweet"))
        {
            return null;
        }

        // Current archives wrap each tweet in { "tweet": … }; early ones did not.
        var (tweet, at) = record.Object(element, "tweet", "tweet") is { } wrapped ? (wrapped, "tweet.") : (element, string.Empty);
        var id = record.String(tweet, "id_str", at + "id_str") ?? record.String(tweet, "id", at + "id", required: true);
        var createdText = record.String(tweet, "created_at", at + "created_at", required: true);
        DateTimeOffset created = default;
        if (createdText is not null && !XDate.TryParse(createdText, out created))
        {
            record.Error(at + "created_at", $"Onbekende datum '{createdText}': X schrijft bijvoorbeeld 'Wed Oct 10 20:19:24 +0000 2018'.");
        }

        var text = record.String(tweet, "full_text", at + "full_text") ?? record.String(tweet, "text", at + "text") ?? string.Empty;
        var entities = record.Object(tweet, "entities", at + "entities");
        var extended = record.Object(tweet, "extended_entities", at + "extended_entities");
        var links = Links(entities, record, at + "entities");
        var rawText = text;
        text = Expand(text, links);
        var media = ReadMedia(id ?? string.Empty, extended ?? entities, record, at + (extended is null ? "entities" : "extended_entities"), ref text);

        var parentId = record.String(tweet, "in_reply_to_status_id_str", at + "in_reply_to_status_id_str")
            ?? record.String(tweet, "in_reply_to_status_id", at + "in_reply_to_status_id");
        var replyTo = record.String(tweet, "in_reply_to_screen_name", at + "in_reply_to_screen_name");
        var deleted = tweet.TryGetProperty("deleted_at", out _);
        if (id is null || record.HasIssues)
        {
            return null;
        }

        text = longPosts.FullTextOf(created, rawText, t => Expand(t, links)) ?? WebUtility.HtmlDecode(text).Trim();
        return new ImportedPost(
            ImportPlatform.X,
            id,
            created,
            text,
            StatusUrl(options.OwnHandle, id),
            KindOf(text, parentId, replyTo, options.OwnHandle),
            parentId,
            media,
            IsDeleted: deleted);
    }

    private static ImportedPostKind KindOf(string text, string? parentId, string? replyTo, string? ownHandle)
    {
        if (text.StartsWith("RT @", StringComparison.Ordinal))
        {
            return ImportedPostKind.Repost;
        }

        if (parentId is null)
        {
            return ImportedPostKind.Original;
        }

        var own = ownHandle?.TrimStart('@');
        return own is not null && string.Equals(replyTo, own, StringComparison.OrdinalIgnoreCase)
            ? ImportedPostKind.ThreadPart
            : ImportedPostKind.Reply;
    }

    private static string StatusUrl(string? ownHandle, string id) => ownHandle is { Length: > 0 }
        ? $"https://x.com/{ownHandle.TrimStart('@')}/status/{id}"
        : $"https://x.com/i/web/status/{id}";

    /// <summary>The tweet's t.co links and the addresses they stand for, from <c>entities.urls</c>.</summary>
    private static List<(string Short, string Expanded)> Links(JsonElement? entities, JsonRecord record, string at)
    {
        var links = new List<(string, string)>();
        if (entities is not { } found || record.Array(found, "urls", at + ".urls") is not { } urls)
        {
            return links;
        }

        var index = 0;
        foreach (var url in urls.EnumerateArray())
        {
            var shortUrl = record.String(url, "url", $"{at}.urls[{index}].url");
            var expanded = record.String(url, "expanded_url", $"{at}.urls[{index}].expanded_url");
            if (!string.IsNullOrEmpty(shortUrl) && !string.IsNullOrEmpty(expanded))
            {
                links.Add((shortUrl, expanded));
            }

            index++;
        }

        return links;
    }

    private static string Expand(string text, List<(string Short, string Expanded)> links)
    {
        foreach (var (shortUrl, expanded) in links)
        {
            text = text.Replace(shortUrl, expanded, StringComparison.Ordinal);
        }

        return text;
    }

    private static List<ImportedMedia> ReadMedia(string id, JsonElement? entities, JsonRecord record, string at, ref string text)
    {
        var media = new List<ImportedMedia>();
        if (entities is not { } found || record.Array(found, "media", at + ".media") is not { } items)
        {
            return media;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = $"{at}.media[{index++}]";
            var source = record.String(item, "media_url_https", path + ".media_url_https") ?? record.String(item, "media_url", path + ".media_url");
            var shortUrl = record.String(item, "url", path + ".url");
            if (!string.IsNullOrEmpty(shortUrl))
            {
                text = text.Replace(shortUrl, string.Empty, StringComparison.Ordinal);
            }

            var type = record.String(item, "type", path + ".type") switch
            {
                "photo" => ImportedMediaType.Image,
                "video" => ImportedMediaType.Video,
                "animated_gif" => ImportedMediaType.Animation,
                _ => MediaTypes.FromFileName(source),
            };
            var alt = record.String(item, "ext_alt_text", path + ".ext_alt_text") ?? record.String(item, "alt_text", path + ".alt_text");
            var fileName = source is null ? null : $"tweets_media/{id}-{Path.GetFileName(Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.AbsolutePath : source)}";
            media.Add(new ImportedMedia(type, fileName, source, alt));
        }

        return media;
    }
}
