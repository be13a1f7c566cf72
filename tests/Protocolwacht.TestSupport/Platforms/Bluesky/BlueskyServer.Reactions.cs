using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Bluesky;

/// <summary>
/// <c>app.bsky.feed.getPostThread</c>: the post as a <c>threadViewPost</c> with its <c>replies</c> nested
/// up to <c>depth</c> levels, <c>NotFound</c> (400) for an unknown post, 429 with the <c>ratelimit-*</c> headers.
/// Reaction ids are AT URIs of the repliers' repositories.
/// </summary>
public sealed partial class BlueskyServer
{
    public ReactionBoard Reactions { get; } = new(n => $"at://did:plc:reader{n}/app.bsky.feed.post/3lreply{n}");

    private void MapReactions(WebApplication app) =>
        app.MapGet("/xrpc/app.bsky.feed.getPostThread", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (Reactions.TakeRateLimit())
            {
                context.Response.Headers["ratelimit-limit"] = "3000";
                context.Response.Headers["ratelimit-remaining"] = "0";
                context.Response.Headers["ratelimit-reset"] = RateLimitResetUnix ?? "1795500000";
                context.Response.Headers["ratelimit-policy"] = "3000;w=300";
                await Error(context, 429, "RateLimitExceeded", "Rate Limit Exceeded");
                return;
            }

            var uri = context.Request.Query["uri"].ToString();
            var depth = int.TryParse(context.Request.Query["depth"], CultureInfo.InvariantCulture, out var d) ? d : 6;
            var rkey = uri.Split('/')[^1];
            if (!uri.StartsWith($"at://{Did}/app.bsky.feed.post/", StringComparison.Ordinal) || !Records.TryGetValue(rkey, out var root))
            {
                await Error(context, 400, "NotFound", $"Post not found: {uri}");
                return;
            }

            var all = Reactions.On(uri);
            await context.Response.WriteAsJsonAsync(new
            {
                thread = new Dictionary<string, object>
                {
                    ["$type"] = "app.bsky.feed.defs#threadViewPost",
                    ["post"] = PostView(uri, Did, Handle, "Kindcentrum", root.Text, root.CreatedAt, null),
                    ["replies"] = Replies(all, uri, depth),
                },
            });
        });

    private static List<Dictionary<string, object>> Replies(IReadOnlyList<PlacedReaction> all, string parent, int depth) =>
        depth <= 0 ? [] : [.. all.Where(r => r.ParentId == parent).Select(r => new Dictionary<string, object>
        {
            ["$type"] = "app.bsky.feed.defs#threadViewPost",
            ["post"] = PostView(r.Id, r.Id.Split('/')[2], r.Handle, r.Name, r.Text, r.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), parent),
            ["replies"] = Replies(all, r.Id, depth - 1),
        })];

    private static object PostView(string uri, string did, string handle, string name, string text, string createdAt, string? parent) => new Dictionary<string, object>
    {
        ["uri"] = uri,
        ["cid"] = "bafyrei" + Math.Abs(uri.GetHashCode(StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture),
        ["author"] = new { did, handle, displayName = name },
        ["record"] = parent is null
            ? new Dictionary<string, object> { ["$type"] = "app.bsky.feed.post", ["text"] = text, ["createdAt"] = createdAt }
            : new Dictionary<string, object> { ["$type"] = "app.bsky.feed.post", ["text"] = text, ["createdAt"] = createdAt, ["reply"] = new { parent = new { uri = parent }, root = new { uri = parent } } },
        ["indexedAt"] = createdAt,
        ["replyCount"] = 0,
    };
}
