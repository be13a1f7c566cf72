using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.X;

/// <summary>
/// X API v2 as documented: 201 <c>{"data": {"id", "text"}}</c>, problem documents for errors,
/// 403 for duplicate content, <c>x-rate-limit-*</c> headers with a Unix reset, OAuth 2.0 refresh
/// that rotates the refresh token, and a user timeline that returns text with <c>&amp;amp;</c>
/// escapes and t.co links.
/// </summary>
public sealed partial class XServer
{
    public const string UserId = "1500000000000000001";
    public const string ClientId = "protocolwacht-client";

    private readonly ConcurrentDictionary<string, bool> accessTokens = new(StringComparer.Ordinal) { ["x-access-1"] = true };
    private readonly ConcurrentDictionary<string, bool> refreshTokens = new(StringComparer.Ordinal) { ["x-refresh-1"] = true };
    private long nextId = 1_860_000_000_000_000_000;
    private int tokenCounter = 1;

    public ConcurrentDictionary<string, (string Text, DateTimeOffset CreatedAt)> Posts { get; } = new();

    /// <summary>Uploaded media by id: category, type and decoded size.</summary>
    public ConcurrentDictionary<string, (string Category, string Type, int Size)> Media { get; } = new();

    /// <summary>Alt text per media id, as set through <c>POST /2/media/metadata</c>.</summary>
    public ConcurrentDictionary<string, string> AltTexts { get; } = new();

    /// <summary>Media ids per post.</summary>
    public ConcurrentDictionary<string, string[]> PostMedia { get; } = new();

    /// <summary>Reply id → the id of the post it answers (POST /2/tweets with <c>reply.in_reply_to_tweet_id</c>).</summary>
    public ConcurrentDictionary<string, string> ReplyTo { get; } = new();

    public DateTimeOffset Now { get; set; } = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);

    public bool StallAfterCreating { get; set; }

    public string? RateLimitResetUnix { get; set; }

    public void ExpireAccessTokens() => accessTokens.Clear();

    public void Map(WebApplication app)
    {
        MapReactions(app);
        app.MapPost("/2/tweets", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (RateLimitResetUnix is not null)
            {
                context.Response.Headers["x-rate-limit-limit"] = "100";
                context.Response.Headers["x-rate-limit-remaining"] = "0";
                context.Response.Headers["x-rate-limit-reset"] = RateLimitResetUnix;
                await Problem(context, 429, "Too Many Requests", "Too Many Requests");
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var text = body.GetProperty("text").GetString()!;
            var mediaIds = body.TryGetProperty("media", out var media) ? media.GetProperty("media_ids").EnumerateArray().Select(m => m.GetString()!).ToArray() : [];
            if (mediaIds.FirstOrDefault(m => !Media.ContainsKey(m)) is { } unknown)
            {
                await Problem(context, 400, "Invalid Request", $"Your media IDs are invalid: {unknown}");
                return;
            }

            string? parent = null;
            if (body.TryGetProperty("reply", out var reply))
            {
                parent = reply.GetProperty("in_reply_to_tweet_id").GetString()!;
                if (!Posts.ContainsKey(parent) && Reactions.Find(parent) is null)
                {
                    await Problem(context, 403, "Forbidden", "You attempted to reply to a Tweet that is deleted or not visible to you.");
                    return;
                }
            }

            if (Posts.Values.Any(p => p.Text == text))
            {
                await Problem(context, 403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
                return;
            }

            var id = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
            Posts[id] = (text, Now);
            PostMedia[id] = mediaIds;
            if (parent is not null)
            {
                ReplyTo[id] = parent;
                PlaceReplyToReaction(id, text, parent);
            }

            if (StallAfterCreating)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            context.Response.StatusCode = 201;
            await context.Response.WriteAsJsonAsync(new { data = new { id, text = Rendered(text), edit_history_tweet_ids = new[] { id } } });
        });
        app.MapPost("/2/media/upload", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var bytes = Convert.FromBase64String(body.GetProperty("media").GetString()!);
            var id = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
            Media[id] = (body.GetProperty("media_category").GetString()!, body.GetProperty("media_type").GetString()!, bytes.Length);
            await context.Response.WriteAsJsonAsync(new { data = new { id, media_key = $"3_{id}", size = bytes.Length, expires_after_secs = 86400, processing_info = new { state = "succeeded" } } });
        });
        app.MapPost("/2/media/metadata", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var id = body.GetProperty("id").GetString()!;
            var text = body.GetProperty("metadata").GetProperty("alt_text").GetProperty("text").GetString()!;
            if (!Media.ContainsKey(id) || text.Length > 1000)
            {
                await Problem(context, 400, "Invalid Request", "One or more parameters to your request was invalid.");
                return;
            }

            AltTexts[id] = text;
            await context.Response.WriteAsJsonAsync(new { data = new { id, associated_metadata = new { alt_text = new { text } } } });
        });
        app.MapPost("/2/oauth2/token", async context =>
        {
            var form = await context.Request.ReadFormAsync();
            if (form["grant_type"] != "refresh_token" || form["client_id"] != ClientId || !refreshTokens.TryRemove(form["refresh_token"].ToString(), out _))
            {
                context.Response.StatusCode = 400;
                await context.Response.WriteAsJsonAsync(new { error = "invalid_request", error_description = "Value passed for the token was invalid." });
                return;
            }

            var n = Interlocked.Increment(ref tokenCounter);
            accessTokens[$"x-access-{n}"] = true;
            refreshTokens[$"x-refresh-{n}"] = true;
            await context.Response.WriteAsJsonAsync(new
            {
                token_type = "bearer",
                expires_in = 7200,
                access_token = $"x-access-{n}",
                scope = "tweet.write tweet.read users.read offline.access",
                refresh_token = $"x-refresh-{n}",
            });
        });
        app.MapDelete("/2/tweets/{id}", async (HttpContext context, string id) =>
        {
            if (await Authorised(context))
            {
                await context.Response.WriteAsJsonAsync(new { data = new { deleted = Posts.TryRemove(id, out _) } });
            }
        });
        app.MapGet("/2/users/me", async context =>
        {
            if (await Authorised(context))
            {
                await context.Response.WriteAsJsonAsync(new { data = new { id = UserId, name = "Kindcentrum", username = "kindcentrum" } });
            }
        });
        app.MapGet("/2/users/{id}/tweets", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            // max_results is 5 to 100 (default 10); start_time is optional; created_at only when tweet.fields asks for it.
            var max = context.Request.Query["max_results"].ToString() is { Length: > 0 } asked ? int.Parse(asked, CultureInfo.InvariantCulture) : 10;
            if (max is < 5 or > 100)
            {
                await Problem(context, 400, "Invalid Request", $"The `max_results` query parameter value [{max}] is not between 5 and 100");
                return;
            }

            var start = context.Request.Query["start_time"].ToString() is { Length: > 0 } since ? DateTimeOffset.Parse(since, CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
            var fields = context.Request.Query["tweet.fields"].ToString().Split(',');
            var withTime = fields.Contains("created_at");
            var withNote = fields.Contains("note_tweet");
            var skip = context.Request.Query["pagination_token"].ToString() is { Length: > 0 } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
            var all = Posts.Where(p => p.Value.CreatedAt >= start).OrderByDescending(p => p.Key, StringComparer.Ordinal).ToList();
            var page = all.Skip(skip).Take(max).ToList();
            var meta = new Dictionary<string, object> { ["result_count"] = page.Count };
            if (skip + page.Count < all.Count)
            {
                meta["next_token"] = (skip + page.Count).ToString(CultureInfo.InvariantCulture);
            }

            object response = page.Count == 0
                ? new { meta }
                : new { data = page.Select(p => Tweet(p.Key, p.Value.Text, withTime ? p.Value.CreatedAt : null, withNote)), meta };
            await context.Response.WriteAsJsonAsync(response);
        });
    }

    public void AddPost(string id, string text, DateTimeOffset createdAt) => Posts[id] = (text, createdAt);

    /// <summary>
    /// A post as v2 returns it. A long post (over 280 characters, for subscribers) has only its start in <c>text</c>;
    /// the whole text is in <c>note_tweet.text</c>, and only when <c>tweet.fields</c> asks for <c>note_tweet</c>.
    /// </summary>
    private static Dictionary<string, object> Tweet(string id, string text, DateTimeOffset? createdAt, bool withNote = false)
    {
        var tweet = new Dictionary<string, object> { ["id"] = id, ["text"] = Rendered(text.Length > 280 ? text[..279] + "…" : text), ["edit_history_tweet_ids"] = new[] { id } };
        if (text.Length > 280 && withNote)
        {
            tweet["note_tweet"] = new { text = Rendered(text) };
        }

        if (createdAt is { } at)
        {
            tweet["created_at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        return tweet;
    }

    // X escapes &, < and > in returned text and replaces every link with a t.co link.
    private static string Rendered(string text) =>
        Regex.Replace(text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal), @"https?://\S+", "https://t.co/AbC123xyZ");

    private async Task<bool> Authorised(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal) && accessTokens.ContainsKey(header["Bearer ".Length..]))
        {
            return true;
        }

        await Problem(context, 401, "Unauthorized", "Unauthorized");
        return false;
    }

    private static async Task Problem(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { title, detail, type = "about:blank", status }));
    }
}
