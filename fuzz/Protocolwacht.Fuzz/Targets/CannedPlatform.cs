using System.Net;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The HTTP transport of a connector under fuzzing: every request gets the same answer, the one the
/// fuzz input describes. In-process, so a run does millions of exchanges without a socket; the
/// connector above it is the real one.
/// </summary>
internal sealed class CannedPlatform : HttpMessageHandler
{
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public string? HeaderName { get; set; }

    public string HeaderValue { get; set; } = string.Empty;

    public byte[] Body { get; set; } = [];

    public int Requests { get; private set; }

    public void Reset() => Requests = 0;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var response = new HttpResponseMessage(Status) { Content = new ByteArrayContent(Body), RequestMessage = request };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");

        // X reads its 24-hour reset only when this says the day's posts are used up.
        response.Headers.TryAddWithoutValidation("x-user-limit-24hour-remaining", "0");
        if (HeaderName is not null)
        {
            // A value a real HTTP client would refuse (a line break) is left out, as it would never arrive.
            response.Headers.TryAddWithoutValidation(HeaderName, HeaderValue);
        }

        return Task.FromResult(response);
    }
}
