using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms;

/// <summary>
/// A public web server holding images (as a school's own site or a CDN would), for connector tests that need an
/// address a platform server can really fetch. Unknown names are 404.
/// </summary>
public sealed class ImageHost
{
    public ConcurrentDictionary<string, (string ContentType, byte[] Bytes)> Images { get; } = new(StringComparer.Ordinal);

    public LocalPlatformServer Server { get; private set; } = null!;

    public static async Task<ImageHost> StartAsync()
    {
        var host = new ImageHost();
        host.Server = await LocalPlatformServer.StartAsync(app => app.MapGet("/images/{name}", (string name) =>
            host.Images.TryGetValue(name, out var image) ? Results.Bytes(image.Bytes, image.ContentType) : Results.NotFound()));
        return host;
    }

    /// <summary>Puts an image online and returns its address.</summary>
    public Uri Add(string name, byte[] bytes, string contentType = "image/jpeg")
    {
        Images[name] = (contentType, bytes);
        return Url(name);
    }

    public Uri Url(string name) => new(Server.BaseUrl, $"images/{name}");
}
