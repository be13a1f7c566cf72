using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Protocolwacht.Web.Infrastructure.Live;

/// <summary>
/// A text/event-stream response (server-sent events, as the browser's EventSource reads them): named events
/// whose data may span lines, and comment lines as heartbeats so proxies keep an idle stream open. Every write
/// is flushed at once: an event is only useful when it arrives.
/// </summary>
public sealed class EventStream
{
    /// <summary>How long a stream stays quiet before it sends a heartbeat (and checks the database for changes made by another instance).</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly HttpResponse _response;

    private EventStream(HttpResponse response) => _response = response;

    /// <summary>Sends the headers. Set anything else the response needs (cookies) before this.</summary>
    public static async Task<EventStream> StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no"; // a buffering reverse proxy (nginx) would hold events back
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(cancellationToken);
        return new EventStream(response);
    }

    public Task SendAsync(string name, string data, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder().Append("event: ").Append(name).Append('\n');
        foreach (var line in data.ReplaceLineEndings("\n").Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }

        return WriteAsync(text.Append('\n').ToString(), cancellationToken);
    }

    /// <summary>A comment line: the browser ignores it. A stream says ": waiting" once it has sent what it had and waits for a change.</summary>
    public Task CommentAsync(string text, CancellationToken cancellationToken) => WriteAsync($": {text}\n\n", cancellationToken);

    /// <summary>
    /// Waits for <paramref name="change"/> or <paramref name="heartbeat"/> (a delay of <see cref="Heartbeat"/>
    /// the caller started before it read the state), whichever comes first; true when the change came. On the
    /// heartbeat it sends one, so the caller only has to read the database again.
    /// </summary>
    public async Task<bool> WaitAsync(Task change, Task heartbeat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(heartbeat);
        var first = await Task.WhenAny(change, heartbeat);
        cancellationToken.ThrowIfCancellationRequested();
        if (first == change)
        {
            return true;
        }

        await CommentAsync("heartbeat", cancellationToken);
        return false;
    }

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await _response.WriteAsync(text, Encoding.UTF8, cancellationToken);
        await _response.Body.FlushAsync(cancellationToken);
    }
}
