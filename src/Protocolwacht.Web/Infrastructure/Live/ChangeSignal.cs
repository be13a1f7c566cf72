using System.Collections.Concurrent;

namespace Protocolwacht.Web.Infrastructure.Live;

/// <summary>
/// In-process "something changed" signal for the server-sent event streams: a stream asks for the next change
/// of a topic (a post, one person's menu counters, an account's reactions), then reads the database once it comes. Raised after commit by
/// <see cref="ChangeSignalInterceptor"/>, so a stream never reads state that is not yet visible. Changes made
/// by another instance are not signalled here; the streams check the database at their heartbeat for those.
/// Thread-safe. A topic's entry lives until its next change, so a post whose page was closed costs one
/// dictionary entry until it changes again.
/// </summary>
public sealed class ChangeSignal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _next = new(StringComparer.Ordinal);

    /// <summary>The topic of a post and its deliveries.</summary>
    public static string Post(Guid postId) => $"post:{postId:N}";

    /// <summary>
    /// The topic of one person's own menu counters: a notification to them, a post whose advice is (or was) asked
    /// of them. A menu stream listens to its reader's topics only, so a change elsewhere does not wake it.
    /// </summary>
    public static string Staff(string staffId) => $"staff:{staffId}";

    /// <summary>The topic of the reactions on one official account: it moves the reactions counter of everyone who may read that account.</summary>
    public static string Account(string accountId) => $"account:{accountId}";

    /// <summary>A task that completes at the next change of <paramref name="topic"/>. Ask before reading, so no change falls between.</summary>
    public Task NextAsync(string topic) =>
        _next.GetOrAdd(topic, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>A task that completes at the next change of any of <paramref name="topics"/>; never completes for none.</summary>
    public Task NextAsync(IEnumerable<string> topics)
    {
        var next = topics.Distinct(StringComparer.Ordinal).Select(NextAsync).ToList();
        return next.Count == 0 ? new TaskCompletionSource().Task : Task.WhenAny(next);
    }

    public void Raise(string topic)
    {
        if (_next.TryRemove(topic, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}
