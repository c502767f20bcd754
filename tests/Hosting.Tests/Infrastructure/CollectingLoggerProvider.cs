using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Multiprocessing.Hosting.Tests.Infrastructure;

/// <summary>A logger provider that keeps every message with its structured values and its scopes' values.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>The pool's own events with id <paramref name="id"/> (the host logs events with the same ids).</summary>
    public IReadOnlyList<LogEntry> WithEventId(int id) => Entries.Where(e => e.Category == "Multiprocessing.ProcessPool" && e.EventId.Id == id).ToArray();

    /// <summary>Waits until an entry matches (the pool reports worker events on the thread pool).</summary>
    public LogEntry WaitFor(Func<LogEntry, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (Entries.FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for a log entry; got:\n" + string.Join("\n", Entries.Select(e => $"{e.EventId.Id} {e.Category}: {e.Message}")));
            Thread.Sleep(10);
        }
    }

    private static Dictionary<string, object?> Values(object? state)
    {
        var values = new Dictionary<string, object?>();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                values[key] = value;
            }
        }

        return values;
    }

    private sealed class Logger(CollectingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>();
            provider._scopes.ForEachScope(static (s, scope) =>
            {
                foreach (var (key, value) in Values(s))
                {
                    scope[key] = value;
                }
            }, scope);
            provider._entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), Values(state), scope));
        }
    }
}
