namespace Protocolwacht.Connectors.Http;

internal static class Endpoint
{
    /// <summary>
    /// Joins a base URL (which may carry a path, like a test server's or an API version's) with a
    /// relative path. Without the trailing slash <see cref="Uri"/> would drop the base's last segment.
    /// </summary>
    public static Uri Combine(Uri baseUrl, string relative)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, relative.TrimStart('/'));
    }
}
