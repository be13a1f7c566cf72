using System.Net;
using System.Text;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// Reads a text/event-stream response as the browser's EventSource does: named events with their data
/// lines joined, comment lines (heartbeats) counted. Every read has a real-time limit, so a stream that
/// stays silent fails the test instead of hanging it.
/// </summary>
public sealed class EventStreamReader : IDisposable
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(20);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamReader(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    /// <summary>Heartbeats (comment lines) seen so far.</summary>
    public int Heartbeats { get; private set; }

    /// <summary>Opens <paramref name="path"/> without reading ahead; the response is returned as soon as its headers are.</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var request = new HttpRequestMessage(HttpMethod.Get, WebUtility.HtmlDecode(path));
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStreamReader(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>
    /// The next event, or null when the server ended the stream. With <paramref name="comments"/> a comment line
    /// (": waiting", ": heartbeat") comes back too, as an event named ":" with the comment as its data.
    /// </summary>
    public async Task<(string Name, string Data)?> NextAsync(bool comments = false)
    {
        string? name = null;
        var data = new List<string>();
        using var limit = new CancellationTokenSource(ReadLimit);
        while (await _reader.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    return (name ?? "message", string.Join('\n', data));
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                var comment = line[1..].Trim();
                Heartbeats += comment == "heartbeat" ? 1 : 0;
                if (comments)
                {
                    return (":", comment);
                }
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        return null;
    }

    /// <summary>Reads events until one named <paramref name="name"/> whose data contains <paramref name="text"/>; fails if the stream ends first.</summary>
    public async Task<string> UntilAsync(string name, string text)
    {
        while (await NextAsync() is { } e)
        {
            if (e.Name == name && e.Data.Contains(text, StringComparison.Ordinal))
            {
                return e.Data;
            }
        }

        throw new InvalidOperationException($"The stream ended without a '{name}' event containing '{text}'.");
    }

    /// <summary>Every event until the server ends the stream.</summary>
    public async Task<IReadOnlyList<(string Name, string Data)>> ToEndAsync()
    {
        var events = new List<(string Name, string Data)>();
        while (await NextAsync() is { } e)
        {
            events.Add(e);
        }

        return events;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
