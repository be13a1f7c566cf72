using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.Mastodon;

/// <summary>
/// A Mastodon instance as its API documentation describes it: Status entities with HTML
/// <c>content</c>, <c>{"error": "..."}</c> bodies, <c>X-RateLimit-Reset</c> as ISO 8601, and an
/// <c>Idempotency-Key</c> that returns the first status again instead of creating a second. It records
/// every publish request with its arrival time, so a test can count what really reached "the platform";
/// with <see cref="MaxAnswerDelay"/> a status exists before its answer leaves, so a publisher killed
/// mid-call leaves exactly the situation reconciliation must handle.
/// </summary>
public sealed partial class MastodonServer
{
    public const string Token = "mastodon-token";
    public const string AccountId = "109";

    private readonly ConcurrentDictionary<string, string> statusIdByKey = new();
    private readonly ConcurrentDictionary<string, bool> deleted = new();
    private readonly ConcurrentDictionary<string, int> processingPollsLeft = new();
    private readonly ConcurrentDictionary<string, string> texts = new();
    private readonly ConcurrentQueue<(string Key, DateTimeOffset At)> publishRequests = new();
    private readonly Lock creating = new();
    private int nextId = 1000;

    /// <summary>Statuses in creation order. Test code may add older ones to build a timeline.</summary>
    public ConcurrentDictionary<string, (string Html, DateTimeOffset CreatedAt)> Statuses { get; } = new();

    /// <summary>Uploaded attachments by id: file name, content type, size, description.</summary>
    public ConcurrentDictionary<string, (string FileName, string ContentType, long Size, string? Description)> Media { get; } = new();

    /// <summary>Attachment ids per status.</summary>
    public ConcurrentDictionary<string, string[]> StatusMedia { get; } = new();

    /// <summary>The status id of every edit (PUT /api/v1/statuses/:id), in order.</summary>
    public ConcurrentQueue<string> Edits { get; } = new();

    /// <summary>How many checks of an upload answer 206 (still processing) before 200; 0 answers the upload with 200.</summary>
    public int MediaProcessingPolls { get; set; }

    /// <summary>When set, publishing creates the status and then does not answer in time.</summary>
    public bool StallAfterCreating { get; set; }

    /// <summary>When set, publishing creates the status and then drops the connection without an answer.</summary>
    public bool AbortAfterCreating { get; set; }

    public int? ForcedStatus { get; set; }

    /// <summary>When set, an edit changes the status and then does not answer in time.</summary>
    public bool StallEdits { get; set; }

    /// <summary>The longest a publish answer waits after the status was created (a random wait up to it).</summary>
    public TimeSpan MaxAnswerDelay { get; set; }

    /// <summary>
    /// Called with the request's idempotency key once its status exists and before the answer leaves (after the
    /// <see cref="MaxAnswerDelay"/> wait): a crash test kills the publisher here, so it never learns of the status.
    /// </summary>
    public Action<string>? BeforeAnswering { get; set; }

    /// <summary>Called with the request's idempotency key once the answer to a publish request has been sent.</summary>
    public Action<string>? AfterAnswering { get; set; }

    /// <summary>The clock of <c>created_at</c> when set; otherwise <see cref="Now"/>.</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>Every publish request that arrived, with its key and arrival time, repeats included.</summary>
    public IReadOnlyList<(string Key, DateTimeOffset At)> PublishRequests => [.. publishRequests];

    /// <summary>The status created for each idempotency key.</summary>
    public IReadOnlyDictionary<string, string> StatusIdByKey => statusIdByKey;

    /// <summary>The plain text each status was created with.</summary>
    public IReadOnlyDictionary<string, string> Texts => texts;

    public string RateLimitReset { get; set; } = "2026-11-24T05:00:00.000Z";

    public DateTimeOffset Now { get; set; } = DateTimeOffset.Parse("2026-11-24T04:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public void Map(WebApplication app)
    {
        MapReactions(app);
        MapReports(app);
        app.MapPost("/api/v1/statuses", async context =>
        {
            if (!await Authorised(context) || await Forced(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var text = body.GetProperty("status").GetString()!;
            var mediaIds = body.TryGetProperty("media_ids", out var ids) ? ids.EnumerateArray().Select(i => i.GetString()!).ToArray() : [];
            if (mediaIds.Any(m => processingPollsLeft.GetValueOrDefault(m) > 0))
            {
                await Error(context, 422, "Cannot attach files that have not finished processing. Try again in a moment!");
                return;
            }

            if (text.Length > 500)
            {
                await Error(context, 422, "Validation failed: Text character limit of 500 exceeded");
                return;
            }

            if (await UnknownParent(context, body))
            {
                return;
            }

            var key = context.Request.Headers["Idempotency-Key"].ToString();
            publishRequests.Enqueue((key, TimeProvider.System.GetUtcNow()));
            string id;
            lock (creating)
            {
                // Not GetOrAdd: its factory may run twice for one key under a race, which Mastodon never does.
                if (key.Length == 0 || !statusIdByKey.TryGetValue(key, out id!))
                {
                    id = Create(text, mediaIds);
                    PlaceReply(body, id, text);
                    if (key.Length > 0)
                    {
                        statusIdByKey[key] = id;
                    }
                }
            }

            if (MaxAnswerDelay > TimeSpan.Zero)
            {
                await Task.Delay(Random.Shared.Next(0, (int)MaxAnswerDelay.TotalMilliseconds + 1));
            }

            BeforeAnswering?.Invoke(key);
            if (StallAfterCreating)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            if (AbortAfterCreating)
            {
                context.Abort();
                return;
            }

            if (AfterAnswering is { } answered)
            {
                context.Response.OnCompleted(() =>
                {
                    answered(key);
                    return Task.CompletedTask;
                });
            }

            await context.Response.WriteAsJsonAsync(Status(id));
        });
        app.MapPut("/api/v1/statuses/{id}", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            Edits.Enqueue(id);
            Statuses[id] = (Html(body.GetProperty("status").GetString()!), Statuses[id].CreatedAt);
            StatusMedia[id] = body.TryGetProperty("media_ids", out var ids) ? ids.EnumerateArray().Select(i => i.GetString()!).ToArray() : [];
            if (StallEdits)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            await context.Response.WriteAsJsonAsync(Status(id));
        });
        app.MapPost("/api/v2/media", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var form = await context.Request.ReadFormAsync();
            var file = form.Files["file"];
            if (file is null)
            {
                await Error(context, 422, "Validation failed: File can't be blank");
                return;
            }

            var id = (Interlocked.Increment(ref nextId) + 50_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var description = form["description"].ToString();
            Media[id] = (file.FileName, file.ContentType, file.Length, description.Length == 0 ? null : description);
            processingPollsLeft[id] = MediaProcessingPolls;
            context.Response.StatusCode = MediaProcessingPolls > 0 ? 202 : 200;
            await context.Response.WriteAsJsonAsync(new { id, type = "image", url = MediaProcessingPolls > 0 ? null : $"https://files.social.example/{id}.jpg", description });
        });
        app.MapGet("/api/v1/media/{id}", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var left = processingPollsLeft.AddOrUpdate(id, 0, (_, n) => Math.Max(0, n - 1));
            context.Response.StatusCode = left > 0 ? 206 : 200;
            await context.Response.WriteAsJsonAsync(new { id, type = "image", url = left > 0 ? null : $"https://files.social.example/{id}.jpg" });
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

    private string Create(string text, string[] mediaIds)
    {
        var id = AddStatus(Html(text), Time?.GetUtcNow() ?? Now);
        StatusMedia[id] = mediaIds;
        texts[id] = text;
        return id;
    }

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
        media_attachments = StatusMedia.GetValueOrDefault(id, []).Select(m => new { id = m, type = "image" }),
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
