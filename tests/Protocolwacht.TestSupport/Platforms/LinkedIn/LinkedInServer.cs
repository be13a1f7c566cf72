using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;

namespace Protocolwacht.TestSupport.Platforms.LinkedIn;

/// <summary>
/// LinkedIn's Posts API as documented: versioned headers required, 201 with an empty body and the
/// URN in <c>x-restli-id</c>, 204 for partial updates and deletes, errors as
/// <c>{"status", "serviceErrorCode", "message"}</c>, 422 for duplicate content, 429 without a reset
/// header, and the author finder with <c>elements</c> sorted newest first.
/// </summary>
public sealed partial class LinkedInServer
{
    public const string Token = "li-token";
    public const string Version = "202610";
    public const string Organisation = "urn:li:organization:5515715";

    private long nextId = 7_300_000_000_000_000_000;

    /// <summary>Posts by URN: commentary as stored (little-text escaped) and creation time.</summary>
    public ConcurrentDictionary<string, (string Commentary, DateTimeOffset CreatedAt)> Posts { get; } = new();

    public DateTimeOffset Now { get; set; } = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);

    /// <summary>Images by URN: uploaded bytes (null until the PUT arrives).</summary>
    public ConcurrentDictionary<string, byte[]?> Images { get; } = new();

    /// <summary>The image URN each post shows, when it has one.</summary>
    public ConcurrentDictionary<string, string> PostImages { get; } = new();

    /// <summary>Every image each post shows, in order, with its alt text.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<(string Urn, string AltText)>> PostImageList { get; } = new();

    public bool StallAfterCreating { get; set; }

    public bool Throttled { get; set; }

    public void Map(WebApplication app)
    {
        MapReactions(app);
        MapReplies(app);
        app.MapPost("/rest/posts", async context =>
        {
            if (!await Valid(context))
            {
                return;
            }

            if (Throttled)
            {
                await Error(context, 429, "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.", 101);
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var commentary = body.GetProperty("commentary").GetString()!;
            var duplicate = Posts.FirstOrDefault(p => p.Value.Commentary == commentary).Key;
            if (duplicate is not null)
            {
                await Error(context, 422, $"Content is a duplicate of {duplicate}", 100);
                return;
            }

            var shown = new List<(string Urn, string AltText)>();
            if (body.TryGetProperty("content", out var content))
            {
                // content.media: one image; content.multiImage.images: 2 to 20, each {id, altText}.
                var images = content.TryGetProperty("multiImage", out var multi)
                    ? [.. multi.GetProperty("images").EnumerateArray()]
                    : new[] { content.GetProperty("media") };
                if (multi.ValueKind == JsonValueKind.Object && images.Length is < 2 or > 20)
                {
                    await Error(context, 422, "/content/multiImage/images :: must contain 2 to 20 images", 100);
                    return;
                }

                foreach (var entry in images)
                {
                    var imageUrn = entry.GetProperty("id").GetString()!;
                    if (Images.GetValueOrDefault(imageUrn) is null)
                    {
                        await Error(context, 422, $"Media {imageUrn} is not available (upload not completed)", 100);
                        return;
                    }

                    shown.Add((imageUrn, entry.TryGetProperty("altText", out var alt) ? alt.GetString() ?? "" : ""));
                }
            }

            var image = shown.Count == 1 ? shown[0].Urn : null;

            var urn = $"urn:li:share:{Interlocked.Increment(ref nextId)}";
            Posts[urn] = (commentary, Now);
            if (image is not null)
            {
                PostImages[urn] = image;
            }

            if (shown.Count > 0)
            {
                PostImageList[urn] = shown;
            }

            if (StallAfterCreating)
            {
                await LocalPlatformServer.Stall(context);
                return;
            }

            context.Response.StatusCode = 201;
            context.Response.Headers["x-restli-id"] = urn;
        });
        app.MapPost("/rest/images", async context =>
        {
            if (!await Valid(context))
            {
                return;
            }

            var owner = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement.GetProperty("initializeUploadRequest").GetProperty("owner").GetString();
            if (context.Request.Query["action"] != "initializeUpload" || owner != Organisation)
            {
                await Error(context, 400, "Invalid owner or action", 100);
                return;
            }

            var key = $"C4E10AQ{Interlocked.Increment(ref nextId)}";
            Images[$"urn:li:image:{key}"] = null;
            await context.Response.WriteAsJsonAsync(new
            {
                value = new
                {
                    uploadUrlExpiresAt = Now.AddDays(1).ToUnixTimeMilliseconds(),
                    uploadUrl = $"{context.Request.Scheme}://{context.Request.Host}/dms-uploads/{key}/uploaded-image/0",
                    image = $"urn:li:image:{key}",
                },
            });
        });
        app.MapPut("/dms-uploads/{key}/uploaded-image/0", async (HttpContext context, string key) =>
        {
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
            {
                context.Response.StatusCode = 401;
                return;
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            Images[$"urn:li:image:{key}"] = buffer.ToArray();
            context.Response.StatusCode = 201;
        });
        app.MapPost("/rest/posts/{urn}", async (HttpContext context, string urn) =>
        {
            if (!await Valid(context))
            {
                return;
            }

            var commentary = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement.GetProperty("patch").GetProperty("$set").GetProperty("commentary").GetString()!;
            Posts[urn] = (commentary, Posts[urn].CreatedAt);
            context.Response.StatusCode = 204;
        });
        app.MapDelete("/rest/posts/{urn}", async (HttpContext context, string urn) =>
        {
            if (await Valid(context))
            {
                context.Response.StatusCode = Posts.TryRemove(urn, out _) ? 204 : 404;
            }
        });
        app.MapGet("/rest/posts", async context =>
        {
            if (!await Valid(context))
            {
                return;
            }

            var count = int.Parse(context.Request.Query["count"].ToString(), CultureInfo.InvariantCulture);
            var start = int.Parse(context.Request.Query["start"].ToString(), CultureInfo.InvariantCulture);
            var author = context.Request.Query["author"].ToString();
            var elements = Posts.OrderByDescending(p => p.Value.CreatedAt).Skip(start).Take(count).Select(p => new
            {
                id = p.Key,
                author,
                commentary = p.Value.Commentary,
                createdAt = p.Value.CreatedAt.ToUnixTimeMilliseconds(),
                lifecycleState = "PUBLISHED",
                visibility = "PUBLIC",
            });
            // As documented: paging with the total and a "next" link while more follow.
            var total = Posts.Count;
            var links = start + count < total
                ? new object[] { new { type = "application/json", rel = "next", href = $"/rest/posts?author={Uri.EscapeDataString(author)}&count={count}&q=author&start={start + count}" } }
                : [];
            await context.Response.WriteAsJsonAsync(new { paging = new { start, count, links, total }, elements });
        });
    }

    public void AddPost(string urn, string commentary, DateTimeOffset createdAt) => Posts[urn] = (commentary, createdAt);

    private static async Task<bool> Valid(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            await Error(context, 401, "Invalid access token", 65600);
            return false;
        }

        if (context.Request.Headers["LinkedIn-Version"].ToString() != Version || context.Request.Headers["X-Restli-Protocol-Version"].ToString() != "2.0.0")
        {
            await Error(context, 400, "A version must be present. Please specify a version by adding the LinkedIn-Version header.", 100);
            return false;
        }

        return true;
    }

    private static async Task Error(HttpContext context, int status, string message, int serviceErrorCode)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { status, serviceErrorCode, message });
    }
}
