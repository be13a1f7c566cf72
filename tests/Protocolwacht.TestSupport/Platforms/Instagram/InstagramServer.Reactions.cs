using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Instagram;

/// <summary>
/// The comments edge of an IG media (<c>id, text, timestamp, username, from, hidden</c>, cursor paging with
/// <c>paging.next</c> only when more follow), business-use-case throttling (error 80002 with the
/// <c>X-Business-Use-Case-Usage</c> header), and hiding by <c>POST /{ig-comment-id}</c> with <c>hide=true</c>.
/// </summary>
public sealed partial class InstagramServer
{
    public ReactionBoard Reactions { get; } = new(n => (18_000_000_000_000_000L + n).ToString(CultureInfo.InvariantCulture));

    private void MapReactions(WebApplication app)
    {
        app.MapGet("/v24.0/{mediaId}/comments", async (HttpContext context, string mediaId) =>
        {
            if (!await Authorised(context, BearerToken(context)))
            {
                return;
            }

            if (Reactions.TakeRateLimit())
            {
                context.Response.Headers["X-Business-Use-Case-Usage"] =
                    $$"""{"{{IgUserId}}":[{"type":"instagram","call_count":100,"total_cputime":10,"total_time":10,"estimated_time_to_regain_access":12}]}""";
                await Error(context, 400, 80002, null, "There have been too many calls to this Instagram account. Wait a bit and try again.");
                return;
            }

            var limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
            var skip = int.TryParse(context.Request.Query["after"], CultureInfo.InvariantCulture, out var s) ? s : 0;
            var all = Reactions.On(mediaId).Where(r => r.ParentId == mediaId).ToList(); // top-level only; replies are on each comment's replies edge
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
                    hidden = Reactions.IsHidden(r.Id),
                }),
                paging = skip + page.Count < all.Count
                    ? (object)new { cursors = new { before = skip.ToString(CultureInfo.InvariantCulture), after }, next = $"https://graph.example/v24.0/{mediaId}/comments?after={after}" }
                    : new { cursors = new { before = skip.ToString(CultureInfo.InvariantCulture), after } },
            });
        });
        app.MapPost("/v24.0/{commentId}", async (HttpContext context, string commentId) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!await Authorised(context, form["access_token"].ToString()))
            {
                return;
            }

            if (form["hide"].ToString() != "true" || !Reactions.Hide(commentId))
            {
                await Error(context, 400, 100, 33, $"Unsupported post request. Object with ID '{commentId}' does not exist.");
                return;
            }

            await context.Response.WriteAsJsonAsync(new { success = true });
        });
    }
}
