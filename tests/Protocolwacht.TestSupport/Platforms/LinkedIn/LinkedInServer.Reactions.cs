using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.LinkedIn;

/// <summary>
/// <c>GET /rest/socialActions/{urn}/comments?start&amp;count</c>: <c>elements</c> with <c>actor</c> (a URN, no
/// name), <c>commentUrn</c>, <c>created.time</c> (epoch milliseconds) and <c>message.text</c>, paged by
/// <c>paging.start/count/total</c>; 429 without a reset header, as LinkedIn's daily throttle answers.
/// </summary>
public sealed partial class LinkedInServer
{
    public ReactionBoard Reactions { get; } = new(n => n.ToString(CultureInfo.InvariantCulture));

    private void MapReactions(WebApplication app) =>
        app.MapGet("/rest/socialActions/{urn}/comments", async (HttpContext context, string urn) =>
        {
            if (!await Valid(context))
            {
                return;
            }

            if (Reactions.TakeRateLimit())
            {
                await Error(context, 429, "Resource level throttle MEMBER DAY limit for calls to this resource is reached.", 101);
                return;
            }

            var start = int.Parse(context.Request.Query["start"].ToString(), CultureInfo.InvariantCulture);
            var count = int.Parse(context.Request.Query["count"].ToString(), CultureInfo.InvariantCulture);
            // A post's path lists its top-level comments; a comment's path (urn:li:comment:…) lists the replies to it.
            var (post, all) = CommentsUnder(urn);
            var elements = all.Skip(start).Take(count).Select(r => new
            {
                actor = r.AuthorId,
                commentUrn = CommentUrn(post, r.Id),
                parentComment = r.ParentId == post ? null : r.ParentId,
                id = r.Id,
                created = new { actor = r.AuthorId, time = r.CreatedAt.ToUnixTimeMilliseconds() },
                lastModified = new { actor = r.AuthorId, time = r.CreatedAt.ToUnixTimeMilliseconds() },
                message = new { text = r.Text, attributes = Array.Empty<object>() },
                @object = post,
            });
            await context.Response.WriteAsJsonAsync(new { paging = new { start, count, total = all.Count, links = Array.Empty<object>() }, elements });
        });
}
