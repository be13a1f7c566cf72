using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Mastodon;

/// <summary>
/// <c>GET /api/v1/statuses/:id/context</c>: <c>{ancestors, descendants}</c>, descendants as Status entities
/// with their <c>account</c>, oldest first, no paging; 429 with the <c>X-RateLimit-*</c> headers.
/// </summary>
public sealed partial class MastodonServer
{
    public ReactionBoard Reactions { get; } = new();

    private void MapReactions(WebApplication app) =>
        app.MapGet("/api/v1/statuses/{id}/context", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (Reactions.TakeRateLimit())
            {
                context.Response.Headers["X-RateLimit-Limit"] = "300";
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                context.Response.Headers["X-RateLimit-Reset"] = RateLimitReset;
                await Error(context, 429, "Too many requests");
                return;
            }

            if (!Statuses.ContainsKey(id))
            {
                await Error(context, 404, "Record not found");
                return;
            }

            var descendants = Reactions.On(id).Select(r => new
            {
                id = r.Id,
                in_reply_to_id = r.ParentId,
                created_at = r.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
                content = Html(r.Text),
                url = $"https://social.example/@{r.Handle}/{r.Id}",
                visibility = "public",
                account = new { id = r.AuthorId, username = r.Handle.Split('@')[0], acct = r.Handle, display_name = r.Name },
            });
            await context.Response.WriteAsJsonAsync(new { ancestors = Array.Empty<object>(), descendants });
        });
}
