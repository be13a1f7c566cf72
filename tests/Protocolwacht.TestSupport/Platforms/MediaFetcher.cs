using System.Collections.Concurrent;

namespace Protocolwacht.TestSupport.Platforms;

/// <summary>One fetch of a media address by a platform server: what came back.</summary>
public sealed record FetchedMedia(string Url, int Status, string? ContentType, byte[] Bytes)
{
    /// <summary>True when the platform would take it: a 200 with an image type.</summary>
    public bool IsImage => Status == 200 && ContentType?.StartsWith("image/", StringComparison.Ordinal) == true && Bytes.Length > 0;
}

/// <summary>
/// Fetches an image by its public address the way Meta's servers do before they accept a photo or a container: a
/// plain GET without cookies or credentials. Every fetch is recorded, so a test can check the bytes that arrived.
/// </summary>
public sealed class MediaFetcher
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentQueue<FetchedMedia> fetched = new();

    public IReadOnlyList<FetchedMedia> Fetched => [.. fetched];

    public async Task<FetchedMedia> FetchAsync(string url)
    {
        FetchedMedia result;
        try
        {
            using var response = await Http.GetAsync(new Uri(url));
            result = new FetchedMedia(url, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            result = new FetchedMedia(url, 0, null, []);
        }

        fetched.Enqueue(result);
        return result;
    }
}
