using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Instagram;

/// <summary>
/// A comment's replies edge: <c>POST /{ig-comment-id}/replies</c> with <c>message</c> and <c>access_token</c>,
/// answered <c>{"id"}</c>, and <c>GET /{ig-comment-id}/replies</c> listing them (the media's comments edge
/// lists top-level comments only), with the same fields and cursor paging as the comments edge.
/// </summary>
public sealed partial class InstagramServer
{
    /// <summary>Every reply created: its comment id and the comment it answers.</summary>
    public ConcurrentDictionary<string, string> Replies { get; } = new();

    private void MapReplies(WebApplication app)
    {
        app.MapPost("/v24.0/{commentId}/replies", async (HttpContext context, string commentId) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!await Authorised(context, form["access_token"].ToString()))
            {
                return;
            }

            if (Reactions.Find(commentId) is not { } comment)
            {
                await Error(context, 400, 100, 33, $"Unsupported post request. Object with ID '{commentId}' does not exist.");
                return;
            }

            var reply = Reactions.Place(comment.PostId, form["message"].ToString(), Now, handle: "kckompas", name: "Kompas", authorId: IgUserId, parentId: commentId);
            Replies[reply.Id] = commentId;
            await context.Response.WriteAsJsonAsync(new { id = reply.Id });
        });
        app.MapGet("/v24.0/{commentId}/replies", async (HttpContext context, string commentId) =>
        {
            if (!await Authorised(context, BearerToken(context)))
            {
                return;
            }

            var limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
            var skip = int.TryParse(context.Request.Query["after"], CultureInfo.InvariantCulture, out var s) ? s : 0;
            var all = Reactions.Find(commentId) is { } comment ? [.. Reactions.On(comment.PostId).Where(r => r.ParentId == commentId)] : new List<PlacedReaction>();
            var page = all.Skip(skip).Take(limit).ToList();
            var after = (skip + page.Count).ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new
            {
                data = page.Select(r => new
                {
                    id = r.Id,
                    text = r.Text,
                    timestamp = r.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss+0000", CultureInfo.InvariantCulture),
                    username = r.Handle,
                    from = new { id = r.AuthorId, username = r.Handle },
                    parent_id = commentId,
                    hidden = Reactions.IsHidden(r.Id),
                }),
                paging = skip + page.Count < all.Count
                    ? (object)new { cursors = new { before = skip.ToString(CultureInfo.InvariantCulture), after }, next = $"https://graph.example/v24.0/{commentId}/replies?after={after}" }
                    : new { cursors = new { before = skip.ToString(CultureInfo.InvariantCulture), after } },
            });
        });
    }
}
