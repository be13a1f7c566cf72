using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Facebook;

/// <summary>
/// The comments edge of a page post (<c>data</c>, <c>paging.cursors</c>, <c>paging.next</c> only when more
/// follow; <c>from</c>, <c>is_hidden</c>, <c>parent</c>), business-use-case throttling (error 80001 with the
/// <c>X-Business-Use-Case-Usage</c> header), and hiding by <c>POST /{comment-id}</c> with <c>is_hidden</c>.
/// </summary>
public sealed partial class FacebookServer
{
    public ReactionBoard Reactions { get; } = new(n => $"{PageId}_{n}");

    private void MapReactions(WebApplication app) =>
        app.MapGet("/v24.0/{postId}/comments", async (HttpContext context, string postId) =>
        {
            if (!await Authorised(context, BearerToken(context)))
            {
                return;
            }

            if (Reactions.TakeRateLimit())
            {
                context.Response.Headers["X-Business-Use-Case-Usage"] =
                    $$"""{"{{PageId}}":[{"type":"pages","call_count":100,"total_cputime":25,"total_time":25,"estimated_time_to_regain_access":7}]}""";
                await Error(context, 400, 80001, null, "There have been too many calls to this Page account. Wait a bit and try again.", "OAuthException");
                return;
            }

            var limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
            var skip = int.TryParse(context.Request.Query["after"], CultureInfo.InvariantCulture, out var s) ? s : 0;
            var all = Reactions.On(postId);
            var page = all.Skip(skip).Take(limit).ToList();
            var after = (skip + page.Count).ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new
            {
                data = page.Select(r => new
                {
                    id = r.Id,
                    message = r.Text,
                    created_time = r.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss+0000", CultureInfo.InvariantCulture),
                    from = new { id = r.AuthorId, name = r.Name },
                    is_hidden = Reactions.IsHidden(r.Id),
                    parent = r.ParentId == postId ? null : new { id = r.ParentId },
                    permalink_url = $"https://www.facebook.com/{postId}?comment_id={r.Id}",
                }),
                paging = skip + page.Count < all.Count
                    ? (object)new { cursors = new { before = skip.ToString(CultureInfo.InvariantCulture), after }, next = $"https://graph.example/v24.0/{postId}/comments?after={after}" }
                    : new { cursors = new { before = skip.ToString(CultureInfo.InvariantCulture), after } },
            });
        });

    private async Task HideCommentAsync(HttpContext context, string commentId, string value)
    {
        if (value != "true" || !Reactions.Hide(commentId))
        {
            await Error(context, 400, 100, 33, $"Unsupported post request. Object with ID '{commentId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", "GraphMethodException");
            return;
        }

        await context.Response.WriteAsJsonAsync(new { success = true });
    }
}
