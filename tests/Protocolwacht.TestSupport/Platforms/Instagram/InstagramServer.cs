using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.Instagram;

/// <summary>
/// Instagram content publishing on the Graph API as documented: POST /{ig-user-id}/media makes a
/// container, GET /{container-id}?fields=status_code reports IN_PROGRESS/FINISHED/ERROR,
/// POST /{ig-user-id}/media_publish publishes it, the media edge lists captions newest first, and
/// errors use the Graph error object (code 9 / subcode 2207042 for the daily publishing limit).
/// </summary>
public sealed partial class InstagramServer
{
    public const string IgUserId = "17841400000000001";
    public const string Token = "EAAG-ig-token";

    private readonly ConcurrentDictionary<string, InstagramContainer> containers = new();
    private long nextId = 18_000_000_000_000_001;

    public ConcurrentDictionary<string, (string Caption, DateTimeOffset Timestamp)> Media { get; } = new();

    /// <summary>The images of each published media (one, or a carousel's in order), as Instagram fetched them.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<InstagramContainer>> MediaItems { get; } = new();

    /// <summary>Fetches every container's <c>image_url</c> as Instagram does.</summary>
    public MediaFetcher Fetcher { get; } = new();

    public DateTimeOffset Now { get; set; } = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);

    /// <summary>How many status checks answer IN_PROGRESS before FINISHED.</summary>
    public int ProcessingPolls { get; set; }

    public bool StallAfterPublishing { get; set; }

    public bool DailyLimitReached { get; set; }

    public void Map(WebApplication app)
    {
        MapReactions(app);
        MapReplies(app);
        app.MapPost("/v24.0/{igUserId}/media", CreateContainerAsync);
        app.MapGet("/v24.0/{id}", async (HttpContext context, string id) =>
        {
            if (!await Authorised(context, BearerToken(context)))
            {
                return;
            }

            if (containers.TryGetValue(id, out var container))
            {
                var status = container.DownloadFailed ? "ERROR" : container.PollsLeft > 0 ? "IN_PROGRESS" : "FINISHED";
                containers[id] = container with { PollsLeft = container.PollsLeft - 1 };
                await context.Response.WriteAsJsonAsync(new { status_code = status, status = status == "ERROR" ? "Error: Media download has failed. The media URI doesn't meet our requirements." : status, id });
                return;
            }

            await context.Response.WriteAsJsonAsync(new { permalink = $"https://www.instagram.com/p/C{id[^6..]}/", id });
        });
        app.MapPost("/v24.0/{igUserId}/media_publish", async (HttpContext context, string igUserId) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!await Authorised(context, form["access_token"].ToString()))
            {
                return;
            }

            if (DailyLimitReached)
            {
                await Error(context, 400, 9, 2207042, "Application request limit reached");
                return;
            }

            if (!containers.TryGetValue(form["creation_id"].ToString(), out var container) || container.IsCarouselItem || container.DownloadFailed
                || !containers.TryRemove(container.Id, out _))
            {
                await Error(context, 400, 100, 2207027, "Media ID is not available");
                return;
            }

            var id = NextId();
            Media[id] = (container.Caption, Now);
            MediaItems[id] = container.Children.Count == 0 ? [container] : [.. container.Children.Select(c => containers.TryRemove(c, out var child) ? child : throw new InvalidOperationException("child taken twice"))];
            if (StallAfterPublishing)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            await context.Response.WriteAsJsonAsync(new { id });
        });
        app.MapGet("/v24.0/{igUserId}/media", async (HttpContext context, string igUserId) =>
        {
            if (!await Authorised(context, BearerToken(context)))
            {
                return;
            }

            var limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
            var skip = context.Request.Query["after"].ToString() is { Length: > 0 } after ? int.Parse(after, CultureInfo.InvariantCulture) : 0;
            var all = Media.OrderByDescending(m => m.Value.Timestamp).ToList();
            var page = all.Skip(skip).Take(limit).ToList();
            var hasMore = skip + page.Count < all.Count;
            await context.Response.WriteAsJsonAsync(new
            {
                data = page.Select(m => new
                {
                    id = m.Key,
                    caption = m.Value.Caption,
                    timestamp = m.Value.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000",
                    permalink = $"https://www.instagram.com/p/C{m.Key[^6..]}/",
                }),
                paging = hasMore
                    ? (object)new { cursors = new { before = "0", after = (skip + page.Count).ToString(CultureInfo.InvariantCulture) }, next = "https://graph.example/next" }
                    : new { cursors = new { before = "0", after = "end" } },
            });
        });
    }

    public void AddMedia(string id, string caption, DateTimeOffset timestamp) => Media[id] = (caption, timestamp);

    private string NextId() => Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);

    private static string BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : string.Empty;
    }

    private static async Task<bool> Authorised(HttpContext context, string token)
    {
        if (token == Token)
        {
            return true;
        }

        await Error(context, 400, 190, 460, "Error validating access token: The session has been invalidated because the user changed their password.");
        return false;
    }

    private static async Task Error(HttpContext context, int status, int code, int? subcode, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = new { message, type = "OAuthException", code, error_subcode = subcode, fbtrace_id = "AxYz987" } });
    }
}
