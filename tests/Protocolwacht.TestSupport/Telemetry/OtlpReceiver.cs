using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Protocolwacht.TestSupport.Telemetry;

/// <summary>
/// An OTLP/HTTP receiver on 127.0.0.1 (a collector's <c>/v1/metrics</c>, <c>/v1/traces</c> and <c>/v1/logs</c>): it keeps
/// every request body as it arrived, in protobuf, and answers 200 with an empty export response, as a collector does.
/// No package offers the OTLP proto types, so tests search the raw bytes: protobuf writes strings (metric names,
/// attribute keys and values) as plain UTF-8, so a string that was exported is found, and one that was not is not.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _received = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
            receiver._received.Enqueue((signal, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseUrl = new Uri(address + "/");
        return receiver;
    }

    /// <summary>How many export requests arrived for <paramref name="signal"/> (metrics, traces, logs).</summary>
    public int Count(string signal) => _received.Count(r => r.Signal == signal);

    /// <summary>Whether any body of <paramref name="signal"/> holds <paramref name="text"/> as UTF-8.</summary>
    public bool Contains(string signal, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return _received.Any(r => r.Signal == signal && r.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>Whether any body of any signal holds <paramref name="text"/> as UTF-8.</summary>
    public bool ContainsAnywhere(string text) => new[] { "metrics", "traces", "logs" }.Any(s => Contains(s, text));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
