using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Mastodon;

/// <summary>
/// Reporting a reaction: <c>GET /api/v1/statuses/:id</c> also answers for the reactions (a Status with its
/// <c>account</c>), and <c>POST /api/v1/reports</c> takes <c>account_id</c> (required), <c>status_ids</c> (which must
/// be that account's), <c>comment</c> (at most 1,000 characters), <c>category</c> and <c>forward</c>, and answers
/// a Report entity; 422 for what Mastodon refuses.
/// </summary>
public sealed partial class MastodonServer
{
    private void MapReports(WebApplication app)
    {
        app.MapGet("/api/v1/statuses/{id}", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (Reactions.Find(id) is { } reaction)
            {
                await context.Response.WriteAsJsonAsync(new
                {
                    id = reaction.Id,
                    in_reply_to_id = reaction.ParentId,
                    created_at = reaction.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                    content = Html(reaction.Text),
                    visibility = "public",
                    account = new { id = reaction.AuthorId, username = reaction.Handle.Split('@')[0], acct = reaction.Handle, display_name = reaction.Name },
                });
                return;
            }

            if (!Statuses.ContainsKey(id))
            {
                await Error(context, 404, "Record not found");
                return;
            }

            await context.Response.WriteAsJsonAsync(Status(id));
        });
        app.MapPost("/api/v1/reports", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var accountId = body.TryGetProperty("account_id", out var a) ? a.GetString() : null;
            var statusIds = body.TryGetProperty("status_ids", out var ids) ? ids.EnumerateArray().Select(i => i.GetString()!).ToList() : [];
            var comment = body.TryGetProperty("comment", out var c) ? c.GetString() : null;
            var category = body.TryGetProperty("category", out var k) ? k.GetString() ?? "other" : "other";
            var reactions = statusIds.Select(Reactions.Find).ToList();
            if (accountId is null || reactions.Any(r => r is null || r.AuthorId != accountId) || comment?.Length > 1000 || category is not ("spam" or "legal" or "violation" or "other"))
            {
                await Error(context, 422, "Validation failed: the reported statuses must be the account's, the comment at most 1000 characters");
                return;
            }

            foreach (var reaction in reactions)
            {
                Reactions.Reports.Enqueue(new PlacedReport(reaction!.Id, category, comment));
            }

            await context.Response.WriteAsJsonAsync(new
            {
                id = (Reactions.Reports.Count + 90_000).ToString(CultureInfo.InvariantCulture),
                action_taken = false,
                category,
                comment = comment ?? string.Empty,
                forwarded = body.TryGetProperty("forward", out var f) && f.GetBoolean(),
                created_at = Now.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                status_ids = statusIds,
                rule_ids = (string[]?)null,
                target_account = new { id = accountId },
            });
        });
    }
}
