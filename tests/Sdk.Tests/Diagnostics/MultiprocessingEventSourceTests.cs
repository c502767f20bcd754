using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Multiprocessing.Diagnostics;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Diagnostics;

/// <summary>
/// Issue #19: the library's diagnostics go to the <c>Multiprocessing</c> event source (dotnet-trace, an
/// EventListener, the Hosting package's ILogger), not to the console.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MultiprocessingEventSourceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_callback_that_throws_is_an_event_with_its_exception()
    {
        using var events = new Collector();
        await using (var pool = new ProcessPool(1))
        {
            var result = pool.ApplyAsync(Workers.Square, 3, callback: _ => throw new InvalidOperationException("callback bug 7"));
            Assert.Equal(9, await result.WaitAsync(Patience));
            await events.WaitFor(MultiprocessingEventSource.Ids.CallbackFailed, Patience);
        }

        // Other test classes run pools at the same time: pick this test's event out by its message.
        var failed = events.Of(MultiprocessingEventSource.Ids.CallbackFailed).Single(e => ((string)e.Payload![1]!).Contains("callback bug 7"));
        Assert.Equal(EventLevel.Warning, failed.Level);
        Assert.Equal("A ProcessPool callback", failed.Payload![0]);
        Assert.Contains(nameof(InvalidOperationException), (string)failed.Payload[1]!);
    }

    [Fact]
    public async Task A_pool_reports_its_start_its_workers_and_its_stop()
    {
        using var events = new Collector();
        int[] pids;
        using (var pool = new ProcessPool(2))
        {
            pids = [.. pool.WorkerPids];
            Assert.Equal(4, await pool.ApplyAsync(Workers.Square, 2).WaitAsync(Patience));
            pool.Close();
            pool.Join();
        }

        await events.WaitFor(MultiprocessingEventSource.Ids.PoolStopped, Patience);
        var started = events.Of(MultiprocessingEventSource.Ids.WorkerStarted).Select(e => (int)e.Payload![1]!).ToArray();
        Assert.Subset(started.ToHashSet(), pids.ToHashSet());
        Assert.Contains(events.Of(MultiprocessingEventSource.Ids.PoolStarted), e => (int)e.Payload![0]! == 2);
    }

    [Fact]
    public void The_source_is_named_Multiprocessing_and_its_manifest_builds()
    {
        Assert.Equal("Multiprocessing", MultiprocessingEventSource.Log.Name);
        string? manifest = EventSource.GenerateManifest(typeof(MultiprocessingEventSource), "Multiprocessing.dll", EventManifestOptions.Strict);
        Assert.NotNull(manifest); // a mistake in an [Event] (an id that does not match WriteEvent's) fails here
    }

    /// <summary>Collects the source's events (all levels) while alive.</summary>
    private sealed class Collector : EventListener
    {
        private readonly ConcurrentQueue<EventWrittenEventArgs> _events = new();

        public IEnumerable<EventWrittenEventArgs> Of(int id) => _events.Where(e => e.EventId == id);

        public async Task WaitFor(int id, TimeSpan patience)
        {
            var deadline = DateTime.UtcNow + patience;
            while (!Of(id).Any())
            {
                Assert.True(DateTime.UtcNow < deadline, $"no event {id} within {patience}");
                await Task.Delay(20);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == MultiprocessingEventSource.SourceName)
            {
                EnableEvents(eventSource, EventLevel.Verbose);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) => _events?.Enqueue(eventData);
    }
}
