using System.Collections.Concurrent;

namespace Protocolwacht.Web.Infrastructure.Live;

/// <summary>
/// In-process "something changed" signal for the server-sent event streams: a stream asks for the next change
/// of a topic (a post, the menu counters), then reads the database once it comes. Raised after commit by
/// <see cref="ChangeSignalInterceptor"/>, so a stream never reads state that is not yet visible. Changes made
/// by another instance are not signalled here; the streams check the database at their heartbeat for those.
/// Thread-safe. A topic's entry lives until its next change, so a post whose page was closed costs one
/// dictionary entry until it changes again.
/// </summary>
public sealed class ChangeSignal
{
    /// <summary>The topic of every change that can move a menu counter (notifications, advice requests, reactions).</summary>
    public const string Menu = "menu";

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _next = new(StringComparer.Ordinal);

    /// <summary>The topic of a post and its deliveries.</summary>
    public static string Post(Guid postId) => $"post:{postId:N}";

    /// <summary>A task that completes at the next change of <paramref name="topic"/>. Ask before reading, so no change falls between.</summary>
    public Task NextAsync(string topic) =>
        _next.GetOrAdd(topic, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Raise(string topic)
    {
        if (_next.TryRemove(topic, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}
