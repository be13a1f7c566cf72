using System.Net;

namespace Protocolwacht.Connectors.Http;

/// <summary>
/// What happened to one HTTP call, split by what it means for exactly-once publishing:
/// the platform answered, the request certainly did not leave, or it may have arrived without an answer.
/// </summary>
internal abstract record HttpExchange
{
    private HttpExchange()
    {
    }

    /// <param name="Headers">Response and content headers, first value each, names case-insensitive.</param>
    public sealed record Answered(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body) : HttpExchange
    {
        public bool IsSuccess => (int)Status is >= 200 and < 300;

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>No connection could be made (DNS, refused, TLS): the platform never saw the request.</summary>
    public sealed record NotSent(string Detail) : HttpExchange;

    /// <summary>Timeout or dropped connection after the request may have been sent.</summary>
    public sealed record NoAnswer(string Detail, bool TimedOut) : HttpExchange;
}
