using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Facebook;

/// <summary>
/// A reply to a comment: <c>POST /{comment-id}/comments</c> with <c>message</c> and <c>access_token</c>, answered
/// <c>{"id"}</c>; the reply then shows in the post's comments with <c>parent.id</c>. An unknown comment is
/// Graph's error 100/33. <see cref="StallAfterReplying"/> creates the reply and then does not answer.
/// </summary>
public sealed partial class FacebookServer
{
    /// <summary>Every reply created: its comment id and the comment it answers.</summary>
    public ConcurrentDictionary<string, string> Replies { get; } = new();

    public bool StallAfterReplying { get; set; }

    private void MapReplies(WebApplication app) =>
        app.MapPost("/v24.0/{commentId}/comments", async (HttpContext context, string commentId) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!await Authorised(context, form["access_token"].ToString()))
            {
                return;
            }

            if (Reactions.Find(commentId) is not { } comment)
            {
                await Error(context, 400, 100, 33, $"Unsupported post request. Object with ID '{commentId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", "GraphMethodException");
                return;
            }

            var reply = Reactions.Place(comment.PostId, form["message"].ToString(), Now, handle: "pagina", name: "Pagina", authorId: PageId, parentId: commentId);
            Replies[reply.Id] = commentId;
            if (StallAfterReplying)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            await context.Response.WriteAsJsonAsync(new { id = reply.Id });
        });
}
