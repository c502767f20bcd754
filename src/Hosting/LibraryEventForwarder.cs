using System.Diagnostics.Tracing;
using Microsoft.Extensions.Logging;

namespace Multiprocessing.Hosting;

/// <summary>
/// Forwards the library's own diagnostics (the <c>Multiprocessing</c> event source's events below id 10: a callback
/// that threw, a worker that could not be replaced, a manager server's message, a cancelled task's worker killed after
/// the grace period, a child that could not bootstrap) to <see cref="ILogger"/>, category
/// <see cref="Category"/>. The pool's lifecycle events are not forwarded: the hosted pool logs its own.
/// </summary>
internal sealed class LibraryEventForwarder : EventListener
{
    /// <summary>The category the forwarded events are logged under.</summary>
    internal const string Category = "Multiprocessing";

    private const string SourceName = "Multiprocessing";
    private const int LastLibraryEvent = 9;

    // EventListener's constructor reports the sources that already exist before this constructor's body runs, and an
    // event may arrive then; it is dropped until the logger is set.
    private volatile ILogger? _logger;

    internal LibraryEventForwarder(ILoggerFactory loggerFactory)
    {
        _logger = loggerFactory.CreateLogger(Category);
    }

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == SourceName)
        {
            EnableEvents(eventSource, EventLevel.Warning);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (_logger is not { } logger || eventData.EventId is < 1 or > LastLibraryEvent)
        {
            return;
        }

        var level = eventData.Level switch
        {
            EventLevel.Critical => LogLevel.Critical,
            EventLevel.Error => LogLevel.Error,
            EventLevel.Warning => LogLevel.Warning,
            EventLevel.Informational => LogLevel.Information,
            _ => LogLevel.Debug,
        };
        if (!logger.IsEnabled(level))
        {
            return;
        }

        string message = eventData.Message is { } format && eventData.Payload is { } payload
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, payload.ToArray())
            : eventData.EventName ?? "";
        logger.Log(level, new EventId(ProcessPoolEventIds.LibraryEventBase + eventData.EventId, eventData.EventName), message, null, static (text, _) => text);
    }
}
