using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.LinkedIn;

/// <summary>
/// A nested comment: <c>POST /rest/socialActions/{comment-urn}/comments</c> with <c>actor</c>, <c>object</c> (the
/// post), <c>message.text</c> and <c>parentComment</c> (the same comment URN as in the path); 201 with the created
/// comment in the body and its URN in <c>x-restli-id</c>. A comment URN reads <c>urn:li:comment:({post},{id})</c>.
/// </summary>
public sealed partial class LinkedInServer
{
    /// <summary>Every reply created: its comment URN and the comment it answers.</summary>
    public ConcurrentDictionary<string, string> Replies { get; } = new();

    private void MapReplies(WebApplication app) =>
        app.MapPost("/rest/socialActions/{urn}/comments", async (HttpContext context, string urn) =>
        {
            if (!await Valid(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var (post, id) = ParseComment(urn);
            if (post is null || Reactions.Find(id!) is null || Str(body, "parentComment") != urn || Str(body, "object") != post
                || Str(body, "actor") != Organisation || !body.TryGetProperty("message", out var message) || Str(message, "text") is not { } text)
            {
                await Error(context, 422, "Field Value validation failed in REQUEST_BODY: Data Processing Exception while processing fields [/parentComment, /object, /actor, /message]", 100);
                return;
            }

            var reply = Reactions.Place(post, text, Now, handle: "konot", name: "Konot", authorId: Organisation, parentId: urn);
            var replyUrn = CommentUrn(post, reply.Id);
            Replies[replyUrn] = urn;
            context.Response.StatusCode = 201;
            context.Response.Headers["x-restli-id"] = replyUrn;
            await context.Response.WriteAsJsonAsync(new
            {
                actor = Organisation,
                commentUrn = replyUrn,
                id = reply.Id,
                @object = post,
                parentComment = urn,
                message = new { text },
                created = new { actor = Organisation, time = Now.ToUnixTimeMilliseconds() },
            });
        });

    private static string CommentUrn(string post, string id) => $"urn:li:comment:({post},{id})";

    private static (string? Post, string? Id) ParseComment(string urn)
    {
        const string prefix = "urn:li:comment:(";
        if (!urn.StartsWith(prefix, StringComparison.Ordinal) || !urn.EndsWith(')'))
        {
            return (null, null);
        }

        var inner = urn[prefix.Length..^1];
        var comma = inner.LastIndexOf(',');
        return comma < 0 ? (null, null) : (inner[..comma], inner[(comma + 1)..]);
    }

    /// <summary>The post a path names, and the comments under it: a post's top-level comments, or a comment's replies.</summary>
    private (string Post, List<PlacedReaction> Comments) CommentsUnder(string urn) => ParseComment(urn) is ({ } post, _)
        ? (post, [.. Reactions.On(post).Where(r => r.ParentId == urn)])
        : (urn, [.. Reactions.On(urn).Where(r => r.ParentId == urn)]);

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
