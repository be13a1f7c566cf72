using System.Text;
using System.Text.Json;
using Protocolwacht.Imports.Json;
using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Posts.Facebook;

/// <summary>
/// Reads the posts JSON of a Facebook Page or profile from "Download your information"
/// (<c>posts/your_posts_1.json</c>, <c>profile_posts_1.json</c>): a list of
/// <c>{ timestamp, data: [{ post }], attachments: [{ data: [{ media | external_context }] }], title }</c>.
/// Newer exports wrap the list in an object; the first list in it is taken. Every string is repaired
/// from Facebook's mojibake. The export has no post ids or links, so <see cref="ImportedPost.PlatformId"/>
/// is a fingerprint of time, text and media.
/// </summary>
public static class FacebookPostsReader
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

        var created = MetaTimestamp.Read(record, element, "timestamp", "timestamp", required: true);
        var title = Mojibake.Repair(record.String(element, "title", "title"));
        var text = ReadText(element, record);
        var media = new List<ImportedMedia>();
        var captions = new List<string>();
        string? sharedUrl = null;
        if (record.Array(element, "attachments", "attachments") is { } attachments)
        {
            var index = 0;
            foreach (var attachment in attachments.EnumerateArray())
            {
                ReadAttachment(attachment, record, $"attachments[{index++}]", media, captions, ref sharedUrl);
            }
        }

        if (created is null || record.HasIssues)
        {
            return null;
        }

        // A photo posted with words keeps them in the photo's "description" when "data" has no post.
        if (text.Length == 0 && captions.Count > 0)
        {
            text = string.Join("\n\n", captions);
        }

        var id = PostFingerprint.Of("fb", created.Value.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            text, media.FirstOrDefault()?.FileName, sharedUrl);
        return new ImportedPost(ImportPlatform.Facebook, id, created.Value, text, null, ImportedPostKind.Original, null, media,
            sharedUrl, string.IsNullOrWhiteSpace(title) ? null : title);
    }

    private static string ReadText(JsonElement element, JsonRecord record)
    {
        if (record.Array(element, "data", "data") is not { } data)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var index = 0;
        foreach (var item in data.EnumerateArray())
        {
            if (record.String(item, "post", $"data[{index++}].post") is { } post)
            {
                text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(Mojibake.Repair(post).Trim());
            }
        }

        return text.ToString();
    }

    private static void ReadAttachment(JsonElement attachment, JsonRecord record, string at, List<ImportedMedia> media, List<string> captions, ref string? sharedUrl)
    {
        if (record.Array(attachment, "data", at + ".data") is not { } data)
        {
            return;
        }

        var index = 0;
        foreach (var item in data.EnumerateArray())
        {
            var path = $"{at}.data[{index++}]";
            if (record.Object(item, "media", path + ".media") is { } file)
            {
                var uri = record.String(file, "uri", path + ".media.uri");
                var description = Mojibake.Repair(record.String(file, "description", path + ".media.description"));
                var absolute = uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out _);
                // A photo's "description" is the caption of the post, not an image description (alt text).
                if (description.Trim() is { Length: > 0 } caption && !captions.Contains(caption))
                {
                    captions.Add(caption);
                }

                media.Add(new ImportedMedia(MediaTypes.FromFileName(uri), absolute ? null : uri, absolute ? uri : null));
            }
            else if (record.Object(item, "external_context", path + ".external_context") is { } link
                && record.String(link, "url", path + ".external_context.url") is { Length: > 0 } url)
            {
                sharedUrl ??= url;
            }
        }
    }
}
