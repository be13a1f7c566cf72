using Microsoft.Extensions.Logging;

namespace Protocolwacht.Persistence.Tests;

/// <summary>Every log entry of a context's logger factory, so a test can assert that nothing was logged at error level.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message)> _entries = [];

    public IReadOnlyList<string> AtLeast(LogLevel level)
    {
        lock (_entries)
        {
            return [.. _entries.Where(e => e.Level >= level).Select(e => $"{e.Category}: {e.Message}")];
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (logs._entries)
            {
                logs._entries.Add((logLevel, category, formatter(state, exception)));
            }
        }
    }
}
