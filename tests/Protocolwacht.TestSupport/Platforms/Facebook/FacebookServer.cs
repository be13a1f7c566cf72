using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.Facebook;

/// <summary>
/// The Graph API for a Page as documented: form posts with <c>access_token</c>, <c>{"id"}</c> and
/// <c>{"success": true}</c> answers, errors as <c>{"error": {"message", "type", "code",
/// "error_subcode", "fbtrace_id"}}</c> (mostly HTTP 400), page throttling as code 32 with
/// <c>X-Business-Use-Case-Usage</c>, and a feed with <c>since</c>, cursors and <c>+0000</c> times.
/// </summary>
public sealed partial class FacebookServer
{
    public const string PageId = "104857600";
    public const string PageToken = "EAAG-page-token";

    private long nextId = 900_000_001;

    public ConcurrentDictionary<string, (string Message, DateTimeOffset CreatedAt)> Posts { get; } = new();

    public ConcurrentDictionary<string, string> PhotoUrls { get; } = new();

    /// <summary>Fetches every photo's <c>url</c> as Facebook does before it answers.</summary>
    public MediaFetcher Fetcher { get; } = new();

    /// <summary>Every photo Facebook accepted, by photo id.</summary>
    public ConcurrentDictionary<string, FacebookPhoto> Photos { get; } = new();

    /// <summary>The photos of each post, in the order they show.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<FacebookPhoto>> PostPhotos { get; } = new();

    public DateTimeOffset Now { get; set; } = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);

    public bool StallAfterCreating { get; set; }

    public bool Throttled { get; set; }

    public bool Transient { get; set; }

    public void Map(WebApplication app)
    {
        MapReactions(app);
        MapReplies(app);
        app.MapPost("/v24.0/{pageId}/feed", async (HttpContext context, string pageId) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!await Authorised(context, form["access_token"].ToString()))
            {
                return;
            }

            if (Throttled)
            {
                context.Response.Headers["X-Business-Use-Case-Usage"] =
                    $$"""{"{{PageId}}":[{"type":"pages","call_count":100,"total_cputime":12,"total_time":30,"estimated_time_to_regain_access":17}]}""";
                await Error(context, 400, 32, null, "Page request limit reached", "OAuthException");
                return;
            }

            if (Transient)
            {
                await Error(context, 500, 2, null, "An unexpected error has occurred. Please retry your request later.", "OAuthException", isTransient: true);
                return;
            }

            var message = form["message"].ToString();
            if (Posts.Values.Any(p => p.Message == message))
            {
                await Error(context, 400, 506, null, "Duplicate status message", "OAuthException");
                return;
            }

            if (AttachedPhotos(form) is not { } attached)
            {
                await Error(context, 400, 100, null, "(#100) param attached_media must be an array of objects with media_fbid of unpublished photos of this page", "OAuthException");
                return;
            }

            var id = $"{pageId}_{Interlocked.Increment(ref nextId)}";
            Posts[id] = (message, Now);
            if (attached.Count > 0)
            {
                PostPhotos[id] = attached;
            }

            if (StallAfterCreating)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            await context.Response.WriteAsJsonAsync(new { id });
        });
        app.MapPost("/v24.0/{pageId}/photos", UploadPhotoAsync);
        app.MapPost("/v24.0/{postId}", async (HttpContext context, string postId) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (form.ContainsKey("is_hidden") && await Authorised(context, form["access_token"].ToString()))
            {
                await HideCommentAsync(context, postId, form["is_hidden"].ToString());
            }
            else if (await Authorised(context, form["access_token"].ToString()))
            {
                Posts[postId] = (form["message"].ToString(), Posts[postId].CreatedAt);
                await context.Response.WriteAsJsonAsync(new { success = true });
            }
        });
        app.MapDelete("/v24.0/{postId}", async (HttpContext context, string postId) =>
        {
            if (!await Authorised(context, BearerToken(context)))
            {
                return;
            }

            // DELETE /{photo-id} removes a photo too (an unpublished one that no post shows).
            if (!Posts.TryRemove(postId, out _) && !Photos.TryRemove(postId, out _))
            {
                await Error(context, 400, 100, 33, $"Unsupported delete request. Object with ID '{postId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", "GraphMethodException");
                return;
            }

            await context.Response.WriteAsJsonAsync(new { success = true });
        });
        app.MapGet("/v24.0/{pageId}/feed", async (HttpContext context, string pageId) =>
        {
            if (!await Authorised(context, BearerToken(context)))
            {
                return;
            }

            // "since" is optional (Graph API paging): without it the whole feed pages back.
            var since = context.Request.Query["since"].ToString() is { Length: > 0 } from
                ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(from, CultureInfo.InvariantCulture))
                : DateTimeOffset.MinValue;
            var limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
            var skip = context.Request.Query["after"].ToString() is { Length: > 0 } after ? int.Parse(after, CultureInfo.InvariantCulture) : 0;
            var all = Posts.Where(p => p.Value.CreatedAt >= since).OrderByDescending(p => p.Value.CreatedAt).ToList();
            var page = all.Skip(skip).Take(limit).ToList();
            var hasMore = skip + page.Count < all.Count;
            await context.Response.WriteAsJsonAsync(new
            {
                data = page.Select(p => new
                {
                    id = p.Key,
                    message = p.Value.Message,
                    created_time = p.Value.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000",
                    permalink_url = $"https://www.facebook.com/{pageId}/posts/{p.Key.Split('_')[1]}",
                }),
                paging = hasMore
                    ? (object)new { cursors = new { before = "0", after = (skip + page.Count).ToString(CultureInfo.InvariantCulture) }, next = "https://graph.example/next" }
                    : new { cursors = new { before = "0", after = "end" } },
            });
        });
    }

    public void AddPost(string id, string message, DateTimeOffset createdAt) => Posts[id] = (message, createdAt);

    private static string BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : string.Empty;
    }

    private static async Task<bool> Authorised(HttpContext context, string token)
    {
        if (token == PageToken)
        {
            return true;
        }

        await Error(context, 400, 190, 463, "Error validating access token: Session has expired on Tuesday, 24-Nov-26 03:00:00 PST.", "OAuthException");
        return false;
    }

    private static async Task Error(HttpContext context, int status, int code, int? subcode, string message, string type, bool isTransient = false)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = new { message, type, code, error_subcode = subcode, is_transient = isTransient, fbtrace_id = "AbCdEf123" } });
    }
}
