using System.Globalization;

namespace Protocolwacht.TestSupport;

/// <summary>
/// What a failure says when the app's host is gone and no stop of its lifetime was noted (<see cref="AppLog.EarlyStop"/>
/// empty): BackupCommandTests failed once with an ObjectDisposedException at its sign-in, three passes (tests16-tests19,
/// 29 runs of the class, some under CPU pressure) could not make it again, and the notes so far only cover a host whose
/// lifetime stopped. Without a stop something disposed the host or its TestServer directly; then the message says
/// whether the test had disposed the app (when, and from where), whether the lifetime was watched at all (the host reached
/// its start), and the moment of the failure, so the next occurrence shows which of these it was.
/// </summary>
public sealed partial class ProtocolwachtApp
{
    private EarlyStopWatch? _earlyStopWatch;

    // When and from where the test (or whoever) disposed this app: written once by DisposeAsync.
    private string? _disposedBy;

    /// <summary>A suffix for a failure on a gone host: nothing when the stop was noted (its note says it), else what is known.</summary>
    internal string WhyGoneForMessage()
    {
        if (Log.EarlyStop is not null)
        {
            return string.Empty;
        }

        var watch = Volatile.Read(ref _earlyStopWatch);
        var lifetime = watch is not { Watching: true }
            ? "the host never reached its start's first step (its lifetime was not watched)"
            : watch.Stopping ? "the host's lifetime has begun to stop, but no note was made" : "the host's lifetime never began to stop";
        var disposed = Volatile.Read(ref _disposedBy) is { } by
            ? $"the test app was disposed at {by}"
            : "the test app had not been disposed (DisposeAsync was not called)";
        var now = TimeProvider.System.GetUtcNow().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return $"{Environment.NewLine}No stop of the app's host was noted: {lifetime}, so the host or its TestServer was disposed without a stop; {disposed}. Failure seen at {now} on thread {Environment.CurrentManagedThreadId}.";
    }
}
