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
    public async Task A_worker_killed_because_its_cancelled_target_ignores_the_token_is_an_event()
    {
        using var events = new Collector();
        await using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, CancellationGracePeriod = TimeSpan.FromMilliseconds(200) });
        using var started = ProcessEvent.Create();
        using var cts = new CancellationTokenSource();
        var result = pool.ApplyAsync(CancellationWorkers.Ignore, (started, 60_000), cancellationToken: cts.Token);
        Assert.True(started.Wait(Patience));
        int pid = pool.WorkerPids.Single();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.WaitAsync(Patience));
        await events.WaitFor(MultiprocessingEventSource.Ids.CancelledTaskOverran, Patience);

        // Other test classes run pools at the same time: pick this pool's worker out by its pid.
        var overran = events.Of(MultiprocessingEventSource.Ids.CancelledTaskOverran).Single(e => (int)e.Payload![1]! == pid);
        Assert.Equal(EventLevel.Warning, overran.Level);
        Assert.Contains(nameof(CancellationWorkers.Ignore), (string)overran.Payload![2]!);
        Assert.Equal(0.2, (double)overran.Payload[3]!, 3);
    }

    [Fact]
    public void A_cancellation_callback_that_throws_in_a_child_is_an_event_there_and_the_child_goes_on()
    {
        using var started = ProcessEvent.Create();
        using var cts = new CancellationTokenSource();
        using var p = ChildProcess.Create(DiagnosticsWorkers.ThrowingCancellationCallback, started);
        p.Start(cts.Token);
        Assert.True(started.Wait(Patience), "the target never started");
        cts.Cancel();
        Assert.True(p.Join(Patience), "the child did not end");
        var parts = p.Result.Split('|', 2);
        Assert.Equal("A cancellation callback of the target", parts[0]);
        Assert.Contains("cancellation callback bug 11", parts[1]);
        Assert.Contains(nameof(InvalidOperationException), parts[1]);
    }

    [Fact]
    public void A_childs_traceback_goes_to_its_standard_error_as_the_child_redirected_it()
    {
        // CPython prints "Process <name>:" and the traceback to the child's sys.stderr, wherever the child pointed it.
        string path = Path.Combine(Path.GetTempPath(), $"mp-traceback-{Guid.NewGuid():N}.txt");
        try
        {
            using var p = ChildProcess.Create(DiagnosticsWorkers.ThrowWithStderrRedirected, path);
            p.Start();
            Assert.True(p.Join(Patience), "the child did not end");
            Assert.Equal(1, p.ExitCode);
            var lines = File.ReadAllLines(path);
            Assert.Equal($"Process {p.Name}:", lines[0]);
            Assert.StartsWith($"{typeof(InvalidDataException).FullName}: target bug 12", lines[1]);
        }
        finally
        {
            File.Delete(path);
        }
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
