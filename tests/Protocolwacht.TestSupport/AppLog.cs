using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Protocolwacht.TestSupport;

/// <summary>
/// The warnings and errors one test app logged, newest last, for a failing test to show: a request that answers 500
/// on a busy CI run then says what the server threw (<see cref="AppClient"/> puts them in its assertion messages),
/// and a test with an <see cref="ITestOutputHelper"/> can write them out (<see cref="WriteTo"/>). Only what the app
/// itself logs, which holds no personal data (the log messages name ids, not people or post texts).
/// </summary>
public sealed class AppLog : ILoggerProvider
{
    // Enough for the story of one failing request; a test app that logs more keeps the newest.
    private const int Capacity = 200;

    private readonly ConcurrentQueue<string> _entries = new();

    // Apart from the entries: neither Clear (a pooled app's next test) nor the trimming to Capacity may lose it, and it
    // is what a request to a stopped host must say first. Written on the host's thread, read on the test's.
    private string? _earlyStop;

    /// <summary>When and from where the app's host began to stop before the test disposed it (null while it runs).</summary>
    public string? EarlyStop => Volatile.Read(ref _earlyStop);

    /// <summary>Everything kept so far, one entry per line (an exception with its stack under it).</summary>
    public string Text => string.Join(Environment.NewLine, _entries);

    public bool IsEmpty => _entries.IsEmpty;

    /// <summary>Forgets what was logged so far, but not <see cref="EarlyStop"/>: the app goes on with another test (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>).</summary>
    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Writes what the app logged to the test's output (nothing when it logged nothing).</summary>
    public void WriteTo(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!IsEmpty)
        {
            output.WriteLine("App log (warnings and errors):" + Environment.NewLine + Text);
        }
    }

    /// <summary>A suffix for an assertion message: <see cref="EarlyStop"/> on a line of its own, or nothing when the host did not stop early.</summary>
    public string EarlyStopForMessage() => EarlyStop is { } note ? Environment.NewLine + note : string.Empty;

    /// <summary>A suffix for an assertion message: the app's log under a heading, or nothing when it is empty.</summary>
    public string ForMessage() => IsEmpty ? string.Empty : Environment.NewLine + "App log (warnings and errors):" + Environment.NewLine + Text;

    public void Dispose()
    {
    }

    /// <summary>Keeps the note that the host began to stop early (<see cref="ProtocolwachtApp"/>), for <see cref="EarlyStop"/>.</summary>
    internal void NoteEarlyStop(string note) => Volatile.Write(ref _earlyStop, note);

    /// <summary>Keeps <paramref name="entry"/>, and only the newest <see cref="Capacity"/>.</summary>
    private void Add(string entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    // Stamped with the wall clock, not the app's fake one: what counts when reading a failure is the order and the real delays.
    private sealed class Logger(AppLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = new StringBuilder()
                .Append(TimeProvider.System.GetUtcNow().ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture))
                .Append(' ').Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
            if (exception is not null)
            {
                entry.AppendLine().Append(exception);
            }

            log.Add(entry.ToString());
        }
    }
}
