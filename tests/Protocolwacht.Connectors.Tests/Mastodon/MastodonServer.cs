using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.Connectors.Tests.LocalServer;

namespace Protocolwacht.Connectors.Tests.Mastodon;

/// <summary>
/// A Mastodon instance as its API documentation describes it: Status entities with HTML
/// <c>content</c>, <c>{"error": "..."}</c> bodies, <c>X-RateLimit-Reset</c> as ISO 8601, and an
/// <c>Idempotency-Key</c> that returns the first status again instead of creating a second.
/// </summary>
internal sealed class MastodonServer
{
    public const string Token = "mastodon-token";
    public const string AccountId = "109";

    private readonly ConcurrentDictionary<string, string> statusIdByKey = new();
    private readonly ConcurrentDictionary<string, bool> deleted = new();
    private int nextId = 1000;

    /// <summary>Statuses in creation order. Test code may add older ones to build a timeline.</summary>
    public ConcurrentDictionary<string, (string Html, DateTimeOffset CreatedAt)> Statuses { get; } = new();

    /// <summary>When set, publishing creates the status and then does not answer in time.</summary>
    public bool StallAfterCreating { get; set; }

    public int? ForcedStatus { get; set; }

    public string RateLimitReset { get; set; } = "2026-11-24T05:00:00.000Z";

    public DateTimeOffset Now { get; set; } = DateTimeOffset.Parse("2026-11-24T04:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public void Map(WebApplication app)
    {
        app.MapPost("/api/v1/statuses", async context =>
        {
            if (!await Authorised(context) || await Forced(context))
            {
                return;
            }

            var text = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement.GetProperty("status").GetString()!;
            if (text.Length > 500)
            {
                await Error(context, 422, "Validation failed: Text character limit of 500 exceeded");
                return;
            }

            var key = context.Request.Headers["Idempotency-Key"].ToString();
            var id = key.Length > 0
                ? statusIdByKey.GetOrAdd(key, _ => Create(text))
                : Create(text);
            if (StallAfterCreating)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            await context.Response.WriteAsJsonAsync(Status(id));
        });
        app.MapPut("/api/v1/statuses/{id}", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var text = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement.GetProperty("status").GetString()!;
            Statuses[id] = (Html(text), Statuses[id].CreatedAt);
            await context.Response.WriteAsJsonAsync(Status(id));
        });
        app.MapDelete("/api/v1/statuses/{id}", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (!Statuses.TryRemove(id, out _))
            {
                await Error(context, 404, "Record not found");
                return;
            }

            deleted[id] = true;
            await context.Response.WriteAsJsonAsync(new { id });
        });
        app.MapGet("/api/v1/accounts/verify_credentials", async context =>
        {
            if (await Authorised(context))
            {
                await context.Response.WriteAsJsonAsync(new { id = AccountId, username = "kindcentrum" });
            }
        });
        app.MapGet("/api/v1/accounts/{id}/statuses", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var limit = int.Parse(context.Request.Query["limit"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var maxId = context.Request.Query["max_id"].ToString();
            var page = Statuses.Keys
                .Select(k => long.Parse(k, System.Globalization.CultureInfo.InvariantCulture))
                .Where(k => maxId.Length == 0 || k < long.Parse(maxId, System.Globalization.CultureInfo.InvariantCulture))
                .OrderDescending()
                .Take(limit)
                .Select(k => Status(k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await context.Response.WriteAsJsonAsync(page);
        });
    }

    public string AddStatus(string html, DateTimeOffset createdAt)
    {
        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Statuses[id] = (html, createdAt);
        return id;
    }

    private string Create(string text) => AddStatus(Html(text), Now);

    // Mastodon renders links with invisible spans around the hidden parts of the URL.
    private static string Html(string text)
    {
        var encoded = System.Net.WebUtility.HtmlEncode(text);
        var linked = System.Text.RegularExpressions.Regex.Replace(encoded, @"https://(\S{0,20})(\S*)", m =>
            $"<a href=\"{m.Value}\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">{m.Groups[1].Value}</span><span class=\"invisible\">{m.Groups[2].Value}</span></a>");
        return "<p>" + linked.Replace("\n", "<br />", StringComparison.Ordinal) + "</p>";
    }

    private object Status(string id) => new
    {
        id,
        created_at = Statuses[id].CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
        content = Statuses[id].Html,
        url = $"https://social.example/@kindcentrum/{id}",
        uri = $"https://social.example/users/kindcentrum/statuses/{id}",
        visibility = "public",
    };

    private static async Task<bool> Authorised(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() == $"Bearer {Token}")
        {
            return true;
        }

        await Error(context, 401, "The access token is invalid");
        return false;
    }

    private async Task<bool> Forced(HttpContext context)
    {
        switch (ForcedStatus)
        {
            case 429:
                context.Response.Headers["X-RateLimit-Limit"] = "300";
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                context.Response.Headers["X-RateLimit-Reset"] = RateLimitReset;
                await Error(context, 429, "Too many requests");
                return true;
            case { } status:
                await Error(context, status, "Internal server error");
                return true;
            default:
                return false;
        }
    }

    private static async Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = message });
    }
}
