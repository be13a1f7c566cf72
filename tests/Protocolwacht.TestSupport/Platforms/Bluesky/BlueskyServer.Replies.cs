using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Bluesky;

/// <summary>
/// Replies: <c>app.bsky.feed.getPosts?uris=…</c> gives each post's <c>uri</c> and <c>cid</c>; a post record with
/// <c>reply.root</c> and <c>reply.parent</c> (strong references: both <c>uri</c> and <c>cid</c>, which must be the
/// current ones) is refused with <c>InvalidRequest</c> otherwise, and joins the root's thread under its parent.
/// </summary>
public sealed partial class BlueskyServer
{
    /// <summary>Every reply created: its AT URI and the parent it answers.</summary>
    public ConcurrentDictionary<string, string> ReplyParents { get; } = new();

    private void MapReplies(WebApplication app) =>
        app.MapGet("/xrpc/app.bsky.feed.getPosts", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var posts = context.Request.Query["uris"].Select(u => u!).Where(Exists).Select(u => new { uri = u, cid = CidOf(u) });
            await context.Response.WriteAsJsonAsync(new { posts });
        });

    private bool Exists(string uri) => Reactions.Find(uri) is not null || (uri.StartsWith($"at://{Did}/app.bsky.feed.post/", StringComparison.Ordinal) && Records.ContainsKey(uri.Split('/')[^1]));

    // Our own records answer createRecord with "bafyreib" + rkey; everything else has the cid its thread view shows.
    private string CidOf(string uri) => uri.StartsWith($"at://{Did}/", StringComparison.Ordinal) && Reactions.Find(uri) is null
        ? "bafyreib" + uri.Split('/')[^1]
        : "bafyrei" + Math.Abs(uri.GetHashCode(StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture);

    private async Task<bool> InvalidReply(HttpContext context, JsonElement record)
    {
        if (!record.TryGetProperty("reply", out var reply))
        {
            return false;
        }

        foreach (var part in new[] { "root", "parent" })
        {
            if (!reply.TryGetProperty(part, out var reference) || !reference.TryGetProperty("uri", out var uri) || !reference.TryGetProperty("cid", out var cid)
                || !Exists(uri.GetString()!) || cid.GetString() != CidOf(uri.GetString()!))
            {
                await Error(context, 400, "InvalidRequest", $"Invalid app.bsky.feed.post record: Record/reply/{part} must be a valid strong reference");
                return true;
            }
        }

        return false;
    }

    private void PlaceReply(JsonElement record, string rkey, string text)
    {
        if (!record.TryGetProperty("reply", out var reply))
        {
            return;
        }

        var root = reply.GetProperty("root").GetProperty("uri").GetString()!;
        var parent = reply.GetProperty("parent").GetProperty("uri").GetString()!;
        var uri = $"at://{Did}/app.bsky.feed.post/{rkey}";
        ReplyParents[uri] = parent;
        Reactions.Place(root, text, DateTimeOffset.Parse(record.GetProperty("createdAt").GetString()!, CultureInfo.InvariantCulture), handle: Handle, name: "Kindcentrum", authorId: Did, parentId: parent, id: uri);
    }
}
