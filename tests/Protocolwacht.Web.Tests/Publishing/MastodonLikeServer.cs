using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// A real HTTP server on loopback that answers like a Mastodon instance for one account: it creates a
/// status per POST, remembers Idempotency-Key (a repeated key gets the first status back, as Mastodon
/// does), and lists the account's statuses newest first. It records every request, so a test can count
/// what really reached "the platform". A status is created before the answer is delayed, so a publisher
/// killed mid-call leaves exactly the situation reconciliation must handle.
/// </summary>
public sealed class MastodonLikeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Status> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Status> _statuses = new();
    private readonly ConcurrentQueue<(string Key, DateTimeOffset At)> _posts = new();
    private readonly Lock _create = new();
    private readonly TimeSpan _maxDelay;
    private long _nextId = 100_000;

    private MastodonLikeServer(WebApplication app, TimeSpan maxDelay)
    {
        _app = app;
        _maxDelay = maxDelay;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Statuses that exist on the server (each created once).</summary>
    public IReadOnlyList<Status> Statuses => [.. _statuses];

    /// <summary>Every POST /api/v1/statuses that arrived, with its key, including repeats.</summary>
    public IReadOnlyList<(string Key, DateTimeOffset At)> Posts => [.. _posts];

    public static async Task<MastodonLikeServer> StartAsync(TimeSpan maxDelay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new MastodonLikeServer(app, maxDelay);
        app.MapPost("/api/v1/statuses", (Delegate)server.CreateAsync);
        app.MapGet("/api/v1/accounts/verify_credentials", () => Results.Json(new { id = "1", username = "sintjozef" }));
        app.MapGet("/api/v1/accounts/{id}/statuses", (Delegate)server.List);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        _posts.Enqueue((key, TimeProvider.System.GetUtcNow()));
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var text = body?["status"]?.GetValue<string>() ?? string.Empty;
        Status status;
        lock (_create)
        {
            if (!_byKey.TryGetValue(key, out status!))
            {
                status = new Status(Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture), text, key, TimeProvider.System.GetUtcNow());
                _byKey[key] = status;
                _statuses.Enqueue(status);
            }
        }

        if (_maxDelay > TimeSpan.Zero)
        {
            await Task.Delay(Random.Shared.Next(0, (int)_maxDelay.TotalMilliseconds + 1));
        }

        return Results.Json(Json(status));
    }

    private IResult List(HttpContext context)
    {
        var limit = int.TryParse(context.Request.Query["limit"], out var l) ? l : 20;
        var maxId = long.TryParse(context.Request.Query["max_id"], out var m) ? m : long.MaxValue;
        var page = _statuses.Where(s => long.Parse(s.Id, System.Globalization.CultureInfo.InvariantCulture) < maxId)
            .OrderByDescending(s => long.Parse(s.Id, System.Globalization.CultureInfo.InvariantCulture)).Take(limit).Select(Json);
        return Results.Json(page);
    }

    private object Json(Status s) => new
    {
        id = s.Id,
        created_at = s.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        content = "<p>" + WebUtility.HtmlEncode(s.Text) + "</p>",
        url = new Uri(BaseUrl, $"@sintjozef/{s.Id}").ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Status(string Id, string Text, string Key, DateTimeOffset CreatedAt);
}
