using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.Bluesky;

/// <summary>
/// A Bluesky PDS as the XRPC documentation describes it: createSession/refreshSession returning
/// JWT pairs, createRecord answering <c>{uri, cid}</c>, <c>{"error", "message"}</c> bodies,
/// <c>ExpiredToken</c> as 400, <c>ratelimit-*</c> headers with a Unix reset time, and listRecords
/// newest first with a cursor.
/// </summary>
public sealed partial class BlueskyServer
{
    public const string Handle = "kindcentrum.bsky.social";
    public const string AppPassword = "abcd-efgh-ijkl-mnop";
    public const string Did = "did:plc:kindcentrum123";

    private readonly ConcurrentDictionary<string, bool> validAccessTokens = new();
    private readonly ConcurrentDictionary<string, bool> validRefreshTokens = new();
    private int tokenCounter;
    private long recordCounter = 3_000_000;

    /// <summary>Records by rkey: text and createdAt exactly as stored.</summary>
    public ConcurrentDictionary<string, (string Text, string CreatedAt)> Records { get; } = new();

    /// <summary>Uploaded blobs by CID: content type and size.</summary>
    public ConcurrentDictionary<string, (string MimeType, long Size)> Blobs { get; } = new();

    /// <summary>The embed of each record, as raw JSON, when it has one.</summary>
    public ConcurrentDictionary<string, string> Embeds { get; } = new();

    public bool ExpireAccessTokensOnNextWrite { get; set; }

    public bool StallAfterCreating { get; set; }

    public string? RateLimitResetUnix { get; set; }

    /// <summary>When set, sessions carry this access token instead of a fresh one (a broken PDS).</summary>
    public string? SessionAccessJwt { get; set; }

    public void Map(WebApplication app)
    {
        MapReactions(app);
        MapReplies(app);
        MapReports(app);
        app.MapPost("/xrpc/com.atproto.server.createSession", async context =>
        {
            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            if (body.GetProperty("identifier").GetString() != Handle || body.GetProperty("password").GetString() != AppPassword)
            {
                await Error(context, 401, "AuthenticationRequired", "Invalid identifier or password");
                return;
            }

            await context.Response.WriteAsJsonAsync(NewSession());
        });
        app.MapPost("/xrpc/com.atproto.server.refreshSession", async context =>
        {
            var token = Bearer(context);
            if (token is null || !validRefreshTokens.TryRemove(token, out _))
            {
                await Error(context, 400, "ExpiredToken", "Token has been revoked");
                return;
            }

            await context.Response.WriteAsJsonAsync(NewSession());
        });
        app.MapPost("/xrpc/com.atproto.repo.createRecord", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (RateLimitResetUnix is not null)
            {
                context.Response.Headers["ratelimit-limit"] = "5000";
                context.Response.Headers["ratelimit-remaining"] = "0";
                context.Response.Headers["ratelimit-reset"] = RateLimitResetUnix;
                context.Response.Headers["ratelimit-policy"] = "5000;w=3600";
                await Error(context, 429, "RateLimitExceeded", "Rate Limit Exceeded");
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var record = body.GetProperty("record");
            var text = record.GetProperty("text").GetString()!;
            if (text.Length > 300)
            {
                await Error(context, 400, "InvalidRequest", "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes");
                return;
            }

            if (record.TryGetProperty("embed", out var embed))
            {
                var unknownBlob = embed.GetProperty("images").EnumerateArray()
                    .Select(i => i.GetProperty("image").GetProperty("ref").GetProperty("$link").GetString()!)
                    .FirstOrDefault(cid => !Blobs.ContainsKey(cid));
                if (unknownBlob is not null)
                {
                    await Error(context, 400, "InvalidRequest", $"Could not find blob: {unknownBlob}");
                    return;
                }
            }

            if (await InvalidReply(context, record))
            {
                return;
            }

            var rkey = "3l" + Interlocked.Increment(ref recordCounter).ToString(CultureInfo.InvariantCulture);
            Records[rkey] = (text, record.GetProperty("createdAt").GetString()!);
            PlaceReply(record, rkey, text);
            if (record.TryGetProperty("embed", out var stored))
            {
                Embeds[rkey] = stored.GetRawText();
            }
            if (StallAfterCreating)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            await context.Response.WriteAsJsonAsync(new { uri = $"at://{Did}/app.bsky.feed.post/{rkey}", cid = "bafyreib" + rkey });
        });
        app.MapPost("/xrpc/com.atproto.repo.uploadBlob", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var cid = "bafkreiblob" + Blobs.Count.ToString(CultureInfo.InvariantCulture);
            var mimeType = context.Request.ContentType ?? "*/*";
            Blobs[cid] = (mimeType, buffer.Length);
            await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
            {
                ["blob"] = new Dictionary<string, object> { ["$type"] = "blob", ["ref"] = new Dictionary<string, string> { ["$link"] = cid }, ["mimeType"] = mimeType, ["size"] = buffer.Length },
            });
        });
        app.MapPost("/xrpc/com.atproto.repo.deleteRecord", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            Records.TryRemove(body.GetProperty("rkey").GetString()!, out _);
            await context.Response.WriteAsJsonAsync(new { });
        });
        app.MapGet("/xrpc/com.atproto.repo.listRecords", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            var limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
            var cursor = context.Request.Query["cursor"].ToString();
            var page = Records.Keys.Order(StringComparer.Ordinal).Reverse()
                .Where(k => cursor.Length == 0 || string.CompareOrdinal(k, cursor) < 0)
                .Take(limit)
                .ToList();
            await context.Response.WriteAsJsonAsync(new
            {
                records = page.Select(k => new
                {
                    uri = $"at://{Did}/app.bsky.feed.post/{k}",
                    cid = "bafyreib" + k,
                    value = new Dictionary<string, object> { ["$type"] = "app.bsky.feed.post", ["text"] = Records[k].Text, ["createdAt"] = Records[k].CreatedAt },
                }),
                cursor = page.Count == limit ? page[^1] : null,
            });
        });
    }

    public void AddRecord(string rkey, string text, DateTimeOffset createdAt) =>
        Records[rkey] = (text, createdAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    private object NewSession()
    {
        var n = Interlocked.Increment(ref tokenCounter);
        var access = SessionAccessJwt ?? $"access-{n}";
        var refresh = $"refresh-{n}";
        validAccessTokens[access] = true;
        validRefreshTokens[refresh] = true;
        return new { accessJwt = access, refreshJwt = refresh, handle = Handle, did = Did, active = true };
    }

    private async Task<bool> Authorised(HttpContext context)
    {
        var token = Bearer(context);
        if (ExpireAccessTokensOnNextWrite)
        {
            ExpireAccessTokensOnNextWrite = false;
            validAccessTokens.Clear();
        }

        if (token is not null && validAccessTokens.ContainsKey(token))
        {
            return true;
        }

        await Error(context, 400, "ExpiredToken", "Token has expired");
        return false;
    }

    private static string? Bearer(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
    }

    private static async Task Error(HttpContext context, int status, string error, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error, message });
    }
}
