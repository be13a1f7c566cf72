using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Protocolwacht.TestSupport.Platforms;

/// <summary>
/// A real HTTP server on 127.0.0.1 with a free port, playing a platform. Each test class maps the
/// routes the way the platform's documentation describes them; every request is recorded before
/// its handler runs so tests can assert on what actually went over the wire.
/// </summary>
public sealed class LocalPlatformServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedRequest> received = new();

    private LocalPlatformServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    /// <summary>
    /// The fault switch: while set, every request is recorded and then answered by the fault instead of the
    /// platform (a 500, a 503 with <c>Retry-After</c>, no answer at all), as a platform having a bad morning.
    /// </summary>
    public PlatformFault? Fault { get; set; }

    public static async Task<LocalPlatformServer> StartAsync(Action<WebApplication> mapRoutes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalPlatformServer(app);
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            context.Request.Body.Position = 0;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.received.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, body));
            if (server.Fault is { } fault)
            {
                await fault.AnswerAsync(context);
                return;
            }

            await next(context);
        });
        mapRoutes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    /// <summary>As new for the next test of a class that shares this server: nothing received, no fault switched on.</summary>
    public void Reset()
    {
        received.Clear();
        Fault = null;
    }

    /// <summary>Holds the answer back longer than any client timeout in these tests, unless the client gives up.</summary>
    public static async Task Stall(HttpContext context)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client hung up, as expected after its timeout.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
