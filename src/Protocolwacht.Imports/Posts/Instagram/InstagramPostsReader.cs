using System.Globalization;
using System.Text.Json;
using Protocolwacht.Imports.Json;
using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Posts.Instagram;

/// <summary>
/// Reads <c>content/posts_1.json</c> (older exports: <c>your_instagram_activity/content/posts_1.json</c>)
/// from Instagram's "Download your information": a list of posts, each with <c>media</c> (<c>uri</c>,
/// <c>creation_timestamp</c>, <c>title</c>). A single photo carries the caption in its media
/// <c>title</c>; a carousel carries it, and its time, on the post. Strings are repaired from the same
/// mojibake as Facebook's. The id is a fingerprint of the first media path, which holds Instagram's
/// own media id.
/// </summary>
public static class InstagramPostsReader
{
    public static IEnumerable<ImportRow<ImportedPost>> Read(Stream stream, PostReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var entry in JsonArrayStream.Read(stream, JsonArraySource.RootArray(options.FileName)))
        {
            if (entry.Issue is { } issue)
            {
                yield return ImportRow<ImportedPost>.Failed(issue);
                yield break;
            }

            var record = new JsonRecord(options.FileName, entry.Line, entry.Path);
            var post = ReadPost(entry.Element, record);
            yield return post is not null && !record.HasIssues
                ? ImportRow<ImportedPost>.Ok(entry.Line, post)
                : ImportRow<ImportedPost>.Failed(entry.Line, record.Issues);
        }
    }

    private static ImportedPost? ReadPost(JsonElement element, JsonRecord record)
    {
        if (!record.RequireObject(element, "Een bericht"))
        {
            return null;
        }

        var items = record.Array(element, "media", "media", required: true);
        var caption = record.String(element, "title", "title");
        var created = MetaTimestamp.Read(record, element, "creation_timestamp", "creation_timestamp", required: false);
        var media = new List<ImportedMedia>();
        if (items is { } list)
        {
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = $"media[{index++}]";
                var uri = record.String(item, "uri", at + ".uri", required: true);
                caption ??= record.String(item, "title", at + ".title");
                created ??= MetaTimestamp.Read(record, item, "creation_timestamp", at + ".creation_timestamp", required: false);
                if (uri is not null)
                {
                    media.Add(new ImportedMedia(MediaTypes.FromFileName(uri), uri, null));
                }
            }
        }

        if (created is null && !record.HasIssues)
        {
            record.Error("creation_timestamp", "Het tijdstip van het bericht ontbreekt (ook bij de media).");
        }

        if (created is null || record.HasIssues)
        {
            return null;
        }

        var text = Mojibake.Repair(caption).Trim();
        var id = PostFingerprint.Of("ig", media.FirstOrDefault()?.FileName ?? created.Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), text);
        return new ImportedPost(ImportPlatform.Instagram, id, created.Value, text, null, ImportedPostKind.Original, null, media);
    }
}
