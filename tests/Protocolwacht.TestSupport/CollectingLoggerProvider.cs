using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Protocolwacht.TestSupport;

/// <summary>One entry a logger wrote: its category, level, and the message with its structured values and any exception.</summary>
public sealed record CollectedLogEntry(string Category, LogLevel Level, string Text);

/// <summary>
/// Keeps every entry any logger of the app writes, at every level the app's settings let through (set
/// "Logging:LogLevel:Default" to "Trace" to see them all), for a test that asserts what the logs do not hold: unlike
/// <see cref="AppLog"/>, which keeps only warnings and errors for a failing test's message.
/// </summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CollectedLogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<CollectedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            entries.Enqueue(new CollectedLogEntry(category, logLevel, $"{formatter(state, exception)} {values} {exception}"));
        }
    }
}
