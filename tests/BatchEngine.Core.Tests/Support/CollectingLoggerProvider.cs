using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BatchEngine.Tests.Support;

/// <summary>One line a logger wrote: its level and its text (with the exception, when one was logged).</summary>
internal readonly record struct LoggedLine(LogLevel Level, string Text);

/// <summary>Collects every line logged through it, at every level, so a test can read what a log would hold.</summary>
internal sealed class CollectingLoggerProvider(ConcurrentQueue<LoggedLine> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CollectingLogger(lines);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(ConcurrentQueue<LoggedLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LoggedLine(logLevel, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
