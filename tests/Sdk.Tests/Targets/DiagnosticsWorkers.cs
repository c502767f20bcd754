using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Multiprocessing.Tests.Targets;

/// <summary>Targets of the diagnostics tests: they watch, inside the child, what the library writes there.</summary>
public static class DiagnosticsWorkers
{
    /// <summary>
    /// Listens to the <c>Multiprocessing</c> event source in the child, registers a callback on its token that throws,
    /// sets <paramref name="started"/> and waits for the token; returns the payload (<c>callback|exception</c>) of the
    /// <c>CallbackFailed</c> event the child wrote, or <c>no event</c>.
    /// </summary>
    [ProcessTarget]
    public static string ThrowingCancellationCallback(ProcessEvent started, CancellationToken cancellationToken)
    {
        using var events = new SourceListener();
        using var registration = cancellationToken.Register(static () => throw new InvalidOperationException("cancellation callback bug 11"));
        started.Set();
        cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));

        // The token's handle is set before its callbacks run: wait for the event the reader writes after them.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (events.Events.FirstOrDefault(e => e.EventId == 1) is { Payload: { } payload })
            {
                return $"{payload[0]}|{payload[1]}";
            }

            Thread.Sleep(10);
        }

        return "no event";
    }

    /// <summary>Redirects this child's <see cref="Console.Error"/> to <paramref name="path"/>, then throws.</summary>
    [ProcessTarget]
    public static void ThrowWithStderrRedirected(string path)
    {
        Console.SetError(new StreamWriter(path) { AutoFlush = true });
        throw new InvalidDataException("target bug 12");
    }

    /// <summary>Collects the <c>Multiprocessing</c> source's events while alive.</summary>
    private sealed class SourceListener : EventListener
    {
        public ConcurrentQueue<EventWrittenEventArgs> Events { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Multiprocessing")
            {
                EnableEvents(eventSource, EventLevel.Verbose);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events?.Enqueue(eventData);
    }
}
