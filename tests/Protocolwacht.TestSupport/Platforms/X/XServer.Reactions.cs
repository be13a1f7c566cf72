using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.X;

/// <summary>
/// Recent search by <c>conversation_id:</c> (newest first, <c>max_results</c> 10–100, <c>meta.next_token</c>,
/// authors under <c>includes.users</c>; the conversation's first post matches too), 429 with the
/// <c>x-rate-limit-*</c> headers, and <c>PUT /2/tweets/:id/hidden</c> answering <c>{"data": {"hidden": true}}</c>.
/// </summary>
public sealed partial class XServer
{
    public ReactionBoard Reactions { get; } = new(n => (1_870_000_000_000_000_000L + n).ToString(CultureInfo.InvariantCulture));

    private void MapReactions(WebApplication app)
    {
        app.MapGet("/2/tweets/search/recent", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (Reactions.TakeRateLimit())
            {
                context.Response.Headers["x-rate-limit-limit"] = "450";
                context.Response.Headers["x-rate-limit-remaining"] = "0";
                context.Response.Headers["x-rate-limit-reset"] = RateLimitResetUnix ?? "1795500000";
                await Problem(context, 429, "Too Many Requests", "Too Many Requests");
                return;
            }

            var query = context.Request.Query["query"].ToString();
            var max = int.Parse(context.Request.Query["max_results"].ToString(), CultureInfo.InvariantCulture);
            if (!query.StartsWith("conversation_id:", StringComparison.Ordinal) || max is < 10 or > 100)
            {
                await Problem(context, 400, "Invalid Request", "One or more parameters to your request was invalid.");
                return;
            }

            var conversation = query["conversation_id:".Length..];
            var skip = int.TryParse(context.Request.Query["next_token"], CultureInfo.InvariantCulture, out var s) ? s : 0;
            var matches = Reactions.On(conversation).Select(r => (Id: r.Id, r.Text, r.CreatedAt, r.AuthorId, Reply: (string?)r.ParentId)).ToList();
            if (Posts.TryGetValue(conversation, out var root))
            {
                matches.Add((conversation, root.Text, root.CreatedAt, UserId, null));
            }

            var page = matches.OrderByDescending(m => m.CreatedAt).Skip(skip).Take(max).ToList();
            var users = Reactions.On(conversation).GroupBy(r => r.AuthorId).Select(g => new { id = g.Key, username = g.First().Handle, name = g.First().Name }).ToList();
            var meta = new Dictionary<string, object> { ["result_count"] = page.Count };
            if (skip + page.Count < matches.Count)
            {
                meta["next_token"] = (skip + page.Count).ToString(CultureInfo.InvariantCulture);
            }

            if (page.Count == 0)
            {
                await context.Response.WriteAsJsonAsync(new { meta });
                return;
            }

            await context.Response.WriteAsJsonAsync(new
            {
                data = page.Select(m => new
                {
                    id = m.Id,
                    text = Rendered(m.Text),
                    author_id = m.AuthorId,
                    conversation_id = conversation,
                    created_at = m.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    referenced_tweets = m.Reply is null ? null : new[] { new { type = "replied_to", id = m.Reply } },
                    edit_history_tweet_ids = new[] { m.Id },
                }),
                includes = new { users },
                meta,
            });
        });
        app.MapPut("/2/tweets/{id}/hidden", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            if (!body.TryGetProperty("hidden", out var hidden) || !hidden.GetBoolean() || !Reactions.Hide(id))
            {
                await Problem(context, 400, "Invalid Request", "You cannot hide or unhide this post.");
                return;
            }

            await context.Response.WriteAsJsonAsync(new { data = new { hidden = true } });
        });
    }
}
