using System.Diagnostics;
using System.Globalization;
using Multiprocessing.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Multiprocessing.Tests.Sync;

/// <summary>
/// Two pid namespaces sharing /dev/shm (two containers of one pod, <c>--ipc=host</c>, a shared
/// <c>MULTIPROCESSING_SHM_DIR</c>): a process of the other namespace must never take this one's pid numbers for its
/// own, so it never steals a live holder's lock or a live queue (the owners are named by liveness tokens).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class PidNamespaceTests
{
    /// <summary>
    /// How long the mixed traffic runs on each side: the full minute in CI (<c>CI=true</c>, as .ci/run runs), ten
    /// seconds in a developer's <c>dotnet test</c> (still millions of queue items and lock rounds side by side), so
    /// that the suite stays quick.
    /// </summary>
    private static readonly int TrafficSeconds = Environment.GetEnvironmentVariable("CI") == "true" ? 60 : 10;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ITestOutputHelper _output;

    public PidNamespaceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_lock_held_here_is_not_taken_as_abandoned_by_a_process_of_another_pid_namespace()
    {
        if (OtherPidNamespace.SkipReason is { } why)
        {
            _output.WriteLine($"skipped: {why}");
            return;
        }

        using var processLock = ProcessLock.Create();
        Assert.True(processLock.Acquire(block: false));
        try
        {
            // Our pid names no process there (or another one): judged by pid, the lock looked abandoned and was taken.
            string result = OtherPidNamespace.Run(Patience, "lock-acquire", processLock.Name, "500");
            Assert.Equal("timeout", result);
            Assert.True(processLock.IsHeldByCurrentThread);
        }
        finally
        {
            if (processLock.IsHeldByCurrentThread)
            {
                processLock.Release(); // else it was taken: the assertion above says so
            }
        }

        // Released, it is the other side's at once: the probe itself works.
        Assert.Equal("acquired", OtherPidNamespace.Run(Patience, "lock-acquire", processLock.Name, "30000"));
    }

    [Fact]
    public async Task Queue_lock_and_pool_traffic_of_another_pid_namespace_runs_beside_this_ones_without_loss()
    {
        if (OtherPidNamespace.SkipReason is { } why)
        {
            _output.WriteLine($"skipped: {why}");
            return;
        }

        using var queue = ProcessQueue<long>.Create();
        using var processLock = ProcessLock.Create();
        using var counter = SharedValue<long>.Create();
        var started = Stopwatch.StartNew();
        using var probe = OtherPidNamespace.Start("traffic", queue.Name, processLock.Name, counter.Block.Name, TrafficSeconds.ToString(CultureInfo.InvariantCulture), "2");
        var result = Task.Run(() => OtherPidNamespace.Finish(probe, Patience + TimeSpan.FromSeconds(TrafficSeconds)));

        // This side's traffic runs until the probe is done, so that the two overlap whatever the probe's start-up costs.
        long locked = 0;
        var locking = Task.Run(() =>
        {
            while (!result.IsCompleted)
            {
                Assert.True(processLock.Acquire(timeout: Patience)); // a LockAbandonedException fails the test
                try
                {
                    long value = counter.Value;
                    Thread.SpinWait(50);
                    counter.Value = value + 1;
                }
                finally
                {
                    processLock.Release();
                }

                locked++;
            }
        });

        long putCount = 0, putSum = 0, gotCount = 0, gotSum = 0;
        for (long i = 1; !result.IsCompleted; i++)
        {
            queue.Put(i, timeout: Patience);
            putCount++;
            putSum += i;
            if (queue.TryGet(out long item, TimeSpan.FromMilliseconds(1)))
            {
                gotCount++;
                gotSum += item;
            }
        }

        Assert.True(await locking.CompletesWithinAsync(Patience));
        await locking;
        string report = await result;
        string[] words = report.Split(' ');
        _output.WriteLine($"after {started.Elapsed.TotalSeconds:0.0} s: this side put {putCount}, got {gotCount}, locked {locked}; the other namespace: {report}");
        Assert.Equal(["put", "got", "locked", "pooled"], new[] { words[0], words[3], words[6], words[8] });
        long theirPutCount = long.Parse(words[1], CultureInfo.InvariantCulture), theirPutSum = long.Parse(words[2], CultureInfo.InvariantCulture);
        long theirGotCount = long.Parse(words[4], CultureInfo.InvariantCulture), theirGotSum = long.Parse(words[5], CultureInfo.InvariantCulture);
        long theirLocked = long.Parse(words[7], CultureInfo.InvariantCulture), theirPooled = long.Parse(words[9], CultureInfo.InvariantCulture);

        // What is left is still in the queue: every item put on either side was got exactly once.
        while (queue.TryGet(out long item, TimeSpan.FromMilliseconds(200)))
        {
            gotCount++;
            gotSum += item;
        }

        Assert.True(theirPutCount > 0 && theirLocked > 0 && theirPooled > 0, "the other namespace did its share of the traffic");
        Assert.Equal(putCount + theirPutCount, gotCount + theirGotCount);
        Assert.Equal(putSum + theirPutSum, gotSum + theirGotSum);
        Assert.Equal(locked + theirLocked, counter.Value); // no increment lost: the lock excluded across the namespaces
        queue.Put(42);
        Assert.Equal(42, queue.Get(timeout: Patience)); // the queue is still there and works
    }
}
