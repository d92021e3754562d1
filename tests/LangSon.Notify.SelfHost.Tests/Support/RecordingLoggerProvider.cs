using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>Keeps every log event (level, event id, formatted message) for assertions.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, int EventId, string Message)> Events { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(Events);

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<(LogLevel, int, string)> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            events.Enqueue((logLevel, eventId.Id, formatter(state, exception)));
    }
}
