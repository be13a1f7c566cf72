using System.Net.Http.Headers;
using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Meta;

/// <summary>
/// How Facebook and Instagram talk to the Graph API: writes carry the token as the documented
/// <c>access_token</c> form field, reads and deletes as a bearer header, so it never appears in a URL.
/// </summary>
internal static class GraphRequests
{
    public static Uri Url(GraphOptions options, string relative) => Endpoint.Combine(options.BaseUrl, $"{options.ApiVersion}/{relative}");

    public static HttpRequestMessage Form(GraphOptions options, string relative, PlatformCredentials credentials, (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("access_token", credentials.AccessToken));
        return new HttpRequestMessage(HttpMethod.Post, Url(options, relative)) { Content = new FormUrlEncodedContent(form) };
    }

    public static HttpRequestMessage Bearer(GraphOptions options, HttpMethod method, string relative, PlatformCredentials credentials)
    {
        var message = new HttpRequestMessage(method, Url(options, relative));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.AccessToken);
        return message;
    }
}
