using Microsoft.Extensions.Logging;

namespace Multiprocessing.Hosting.Tests.Infrastructure;

/// <summary>One collected log message with the values of the scopes it was logged in.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> State, IReadOnlyDictionary<string, object?> Scope)
{
    public object? this[string key] => State.TryGetValue(key, out var value) ? value : null;
}
