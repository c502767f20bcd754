using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

// AsyncResult is a Task, so xunit takes Python's Wait(timeout) and Get(timeout), tested here on purpose, for blocking Task calls.
#pragma warning disable xUnit1031

namespace Multiprocessing.Tests.Pool;

/// <summary>
/// How tasks and results travel between a pool and its workers (a pair of shared-memory rings per worker): large
/// payloads, many waiting threads, awaited results, the caller's array read in place, and a worker that dies while a
/// task is still being written to it.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class PoolTransportTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void Payloads_larger_than_the_ring_travel_both_ways_intact()
    {
        using var pool = new ProcessPool(2);
        var random = new Random(7);
        var payloads = new[] { 5 << 20, 3 << 20, 17, 0, (2 << 20) - 3 }.Select(n =>
        {
            var data = new byte[n];
            random.NextBytes(data);
            return data;
        }).ToArray();

        // Large and small tasks at once, to the same workers: the large ones wait for room, the small ones still pass.
        var large = payloads.Select(p => pool.ApplyAsync(PoolTransportWorkers.Reverse, p)).ToList();
        var small = Enumerable.Range(0, 50).Select(i => pool.ApplyAsync(Workers.Square, i)).ToList();
        for (int i = 0; i < payloads.Length; i++)
        {
            var expected = (byte[])payloads[i].Clone();
            Array.Reverse(expected);
            Assert.Equal(expected, large[i].Get(Patience));
        }

        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * i), small.Select(r => r.Get(Patience)));
    }

    [Fact]
    public void Many_threads_waiting_at_once_each_get_their_own_result()
    {
        using var pool = new ProcessPool(2);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var threads = Enumerable.Range(0, 6).Select(t => new Thread(() =>
        {
            for (int i = 0; i < 300; i++)
            {
                int x = (t * 1000) + i;
                int got = i % 3 == 0 ? pool.Apply(Workers.Add, (x, 1)) - 1 : (int)Math.Sqrt(pool.ApplyAsync(Workers.Square, x).Get(Patience));
                if (got != x)
                {
                    failures.Enqueue($"thread {t}: sent {x}, got {got}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(Patience), "a waiting thread never got its result"));
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Awaited_results_arrive_without_a_caller_polling_for_them()
    {
        await using var pool = new ProcessPool(2);
        for (int i = 0; i < 200; i++)
        {
            Assert.Equal(i * i, await pool.ApplyAsync(Workers.Square, i));
        }

        // Results nobody waits for synchronously still complete (the reader threads read them).
        var all = Enumerable.Range(0, 200).Select(i => pool.ApplyAsync(Workers.Square, i)).ToArray();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * i), await Task.WhenAll(all).WaitAsync(Patience));

        // A quick task whose caller gives up polling before the result (Wait with a zero timeout) still completes.
        var late = pool.ApplyAsync(Workers.SleepThenReturn, 100);
        Assert.False(late.Wait(TimeSpan.Zero));
        Assert.Equal(100, await late.WaitAsync(Patience));
    }

    [Fact]
    public void Map_and_imap_read_chunks_from_the_callers_array_for_every_kind_of_item()
    {
        using var pool = new ProcessPool(2);
        var ints = Enumerable.Range(-500, 10_001).ToArray();
        Assert.Equal(ints.Select(x => x * x), pool.Map(Workers.Square, ints));
        Assert.Equal(ints.Select(x => x * x), pool.Map(Workers.Square, ints, chunkSize: 333));
        Assert.Equal(ints.Select(x => x * x), pool.Imap(Workers.Square, ints, chunkSize: 77));
        Assert.Equal(ints.Select(x => (x & 1) == 1), pool.Map(PoolTransportWorkers.IsOdd, ints, chunkSize: 100));

        var longs = ints.Select(x => (long)x << 33).ToArray();
        Assert.Equal(longs.Select(x => 2 * x), pool.Map(PoolTransportWorkers.Twice, longs));
        var doubles = ints.Select(x => x * 0.25).ToArray();
        Assert.Equal(doubles.Select(x => x / 2), pool.Map(PoolTransportWorkers.Half, doubles, chunkSize: 1000));
        var points = ints.Select(x => new GridPoint(x, -3 * x)).ToArray();
        Assert.Equal(points.Select(p => new GridPoint(-p.X, -p.Y)), pool.Map(PoolTransportWorkers.Mirror, points));
        var words = ints.Take(300).Select(x => $"w{x}").ToArray();
        Assert.Equal(words.Select(w => w.ToUpperInvariant()), pool.Map(PoolTransportWorkers.Shout, words, chunkSize: 7));
        Assert.Empty(pool.Map(Workers.Square, Array.Empty<int>()));

        // map_async takes its items at once (as CPython lists them): changing the array afterwards changes nothing.
        var changing = Enumerable.Range(0, 1000).ToArray();
        var pending = pool.MapAsync(Workers.Square, changing, chunkSize: 10);
        Array.Fill(changing, 1);
        Assert.Equal(Enumerable.Range(0, 1000).Select(x => x * x), pending.Get(Patience));
    }

    [Fact]
    public void A_blocking_imap_is_consumed_once_surfaces_failures_and_can_be_left_early()
    {
        using var pool = new ProcessPool(2);
        var items = Enumerable.Range(0, 40).ToArray();
        var results = pool.Imap(Workers.Square, items, chunkSize: 3);
        Assert.Equal(items.Select(x => x * x), results);
        Assert.Throws<InvalidOperationException>(() => results.GetEnumerator());

        // A failing item surfaces from the loop, after the items before it (in order).
        var seen = new List<int>();
        var failure = Assert.Throws<RemoteProcessException>(() =>
        {
            foreach (int value in pool.Imap(Workers.FailOn, items, chunkSize: 2))
            {
                seen.Add(value);
            }
        });
        Assert.Equal("System.ArgumentException", failure.RemoteTypeName);
        Assert.Equal(Enumerable.Range(0, 12), seen);

        // Leaving early drops what was not sent yet; the pool goes on.
        int taken = 0;
        foreach (int value in pool.ImapUnordered(Workers.SleepThenReturn, Enumerable.Repeat(20, 200)))
        {
            Assert.Equal(20, value);
            if (++taken == 3)
            {
                break;
            }
        }

        ChildWait.Until(() => pool.PendingCount == 0);
        Assert.Equal(49, pool.Apply(Workers.Square, 7));
    }

    [Fact]
    public async Task Imap_reads_a_lazy_source_a_chunk_at_a_time_even_an_endless_one()
    {
        using var pool = new ProcessPool(2);

        // An endless source: the first 500 results come in order, and leaving the loop lets the source go.
        var source = new CountingSource();
        Assert.Equal(Enumerable.Range(0, 500).Select(x => x * x), pool.Imap(Workers.Square, source.Endless(), chunkSize: 7).Take(500));
        ChildWait.Until(() => source.Disposed);
        Assert.InRange(source.Read, 500, 500 + (4 * 2 * 7) + 7); // read no further than the window ahead of the consumer

        // A slow consumer: the source is read only a window ahead of it, not to the end.
        var slow = new CountingSource();
        int taken = 0;
        foreach (int value in pool.ImapUnordered(Workers.Square, slow.Endless(), chunkSize: 10))
        {
            if (++taken == 20)
            {
                Thread.Sleep(300); // the workers could finish thousands meanwhile
                Assert.InRange(slow.Read, 20, 20 + (4 * 2 * 10) + 10);
                break;
            }
        }

        // A finite lazy source, unordered and async.
        var lazy = Lazy(1000).Where(x => x % 3 != 0);
        Assert.Equal(lazy.Select(x => x * x).Order(), pool.ImapUnordered(Workers.Square, lazy, chunkSize: 16).Order());
        var awaited = new List<int>();
        await foreach (int value in pool.ImapAsync(Workers.Square, lazy, chunkSize: 5))
        {
            awaited.Add(value);
        }

        Assert.Equal(lazy.Select(x => x * x), awaited);

        // A source that throws: every result before the failure comes first, then its exception, as in CPython.
        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (int value in pool.Imap(Workers.Square, Failing(), chunkSize: 4))
            {
                seen.Add(value);
            }
        });
        Assert.Equal("the source broke after 30 items", error.Message);
        Assert.Equal(Enumerable.Range(0, 28).Select(x => x * x), seen); // the chunk cut short by the failure is not sent
        Assert.Equal(16, pool.Apply(Workers.Square, 4));

        // Close lets a lazy imap that started before it run to its end (as CPython's does), then the workers go.
        var results = new List<int>();
        foreach (int value in pool.Imap(Workers.Square, Lazy(300), chunkSize: 3))
        {
            results.Add(value);
            if (results.Count == 5)
            {
                pool.Close();
            }
        }

        Assert.Equal(Enumerable.Range(0, 300).Select(x => x * x), results);
        Assert.True(await pool.JoinAsync().CompletesWithinAsync(Patience));

        static IEnumerable<int> Lazy(int count)
        {
            for (int i = 0; i < count; i++)
            {
                yield return i;
            }
        }

        static IEnumerable<int> Failing()
        {
            for (int i = 0; i < 30; i++)
            {
                yield return i;
            }

            throw new InvalidDataException("the source broke after 30 items");
        }
    }

    [Fact]
    public async Task An_imap_nobody_consumes_neither_keeps_Join_waiting_nor_leaves_its_feeder_behind()
    {
        // Closed: the source is read to its end without a consumer (as CPython's task handler does), so Join returns.
        var pool = new ProcessPool(2);
        var unread = new CountingSource();
        _ = pool.Imap(Workers.Square, unread.Endless().Take(2000), chunkSize: 10);
        ChildWait.Until(() => unread.Read > 0);
        pool.Close();
        var join = pool.JoinAsync();
        Assert.True(await join.CompletesWithinAsync(Patience), "Join waited for an imap nobody consumed");
        await join;
        Assert.Equal(2000, unread.Read);

        // Terminated: an endless source is let go, and its feeder thread ends.
        var other = new ProcessPool(1);
        var endless = new CountingSource();
        _ = other.ImapUnordered(Workers.Square, endless.Endless());
        ChildWait.Until(() => endless.Read > 0);
        other.Dispose();
        ChildWait.Until(() => endless.Disposed);
        ChildWait.Until(() => !ThreadNames().Contains("mp-imap-feeder"));
    }

    [Fact]
    public void Tasks_for_many_targets_from_many_threads_reach_the_right_target()
    {
        // One worker, so every thread's tasks share its ring; targets are named once and then referred to by number.
        using var pool = new ProcessPool(1);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                switch ((t + i) % 4)
                {
                    case 0 when pool.Apply(Workers.Square, i) != i * i:
                    case 1 when pool.Apply(Workers.Add, (i, t)) != i + t:
                    case 2 when pool.Apply(PoolTransportWorkers.Twice, (long)i) != 2L * i:
                    case 3 when pool.Apply(PoolTransportWorkers.Shout, $"t{t}i{i}") != $"T{t}I{i}":
                        failures.Enqueue($"thread {t}, call {i}");
                        break;
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(Patience)));
        Assert.Empty(failures);
    }

    [Fact]
    public void Progress_reports_that_block_throw_or_wait_for_more_pool_work_stall_nothing()
    {
        using var pool = new ProcessPool(1);
        int pid = pool.Apply(Workers.Pid);

        // A report that throws, one that blocks, one that waits for more work on the same worker: each map completes.
        var throwing = new CallbackProgress(_ => throw new InvalidOperationException("a broken progress handler"));
        Assert.Equal([0, 1, 4, 9], pool.MapAsync(Workers.Square, [0, 1, 2, 3], chunkSize: 1, progress: throwing).Get(Patience));

        var blocking = new CallbackProgress(_ => Thread.Sleep(300));
        var blocked = pool.MapAsync(Workers.Square, [5], chunkSize: 1, progress: blocking);
        var behind = pool.ApplyAsync(Workers.Square, 6);
        Assert.Equal([25], blocked.Get(Patience));
        Assert.Equal(36, behind.Get(Patience)); // its result is read while the report blocks

        var seen = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var applying = new CallbackProgress(done => seen.Enqueue(pool.Apply(Workers.Square, done)));
        Assert.Equal([49], pool.MapAsync(Workers.Square, [7], chunkSize: 1, progress: applying).Get(Patience));
        ChildWait.Until(() => seen.Count == 1);
        Assert.Equal([1], seen);

        // Reports come in order, one per chunk.
        var totals = new System.Collections.Concurrent.ConcurrentQueue<int>();
        pool.Map(Workers.Square, Enumerable.Range(0, 50), chunkSize: 5);
        Assert.Equal(Enumerable.Range(0, 50).Select(x => x * x), pool.MapAsync(Workers.Square, Enumerable.Range(0, 50), chunkSize: 5, progress: new CallbackProgress(totals.Enqueue)).Get(Patience));
        ChildWait.Until(() => totals.Count == 10);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i * 5), totals);
        Assert.Equal([pid], pool.WorkerPids); // no worker was stopped on the way
    }

    [Fact]
    public void Tasks_a_killed_worker_never_started_run_on_its_replacement()
    {
        string pidFile = Path.GetTempFileName();
        File.WriteAllText(pidFile, "");
        try
        {
            using var pool = new ProcessPool(1);
            var busy = pool.ApplyAsync(PoolTransportWorkers.BusyForAMinute, pidFile);
            var queued = pool.ApplyAsync(Workers.Square, 12); // sent to the same worker, which is busy: it waits in its ring
            int pid = ChildWait.ForPidFile(pidFile);
            System.Diagnostics.Process.GetProcessById(pid).Kill();

            Assert.Equal(pid, Assert.Throws<WorkerCrashedException>(() => busy.Get(Patience)).ProcessId);
            Assert.Equal(144, queued.Get(Patience));
            Assert.DoesNotContain(pid, pool.WorkerPids);
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void A_result_the_parent_cannot_read_fails_its_task_and_the_pool_goes_on()
    {
        using var pool = new ProcessPool(1);
        int pid = pool.Apply(Workers.Pid);
        var error = Assert.Throws<InvalidOperationException>(() => pool.Apply(PoolTransportWorkers.MakeFragile, 13));
        Assert.Equal("13 cannot be read", error.Message);
        Assert.Throws<InvalidOperationException>(() => pool.Map(PoolTransportWorkers.MakeFragile, [1, 13, 2]));

        // The same worker answers on: a bad result is that task's failure, not its worker's.
        Assert.Equal(new Fragile(12), pool.Apply(PoolTransportWorkers.MakeFragile, 12));
        Assert.Equal([pid], pool.WorkerPids);
    }

    [Fact]
    public void A_worker_killed_while_a_large_task_is_still_being_written_to_it_fails_that_task_and_nothing_hangs()
    {
        string pidFile = Path.GetTempFileName();
        File.WriteAllText(pidFile, "");
        try
        {
            using var pool = new ProcessPool(1);
            var busy = pool.ApplyAsync(PoolTransportWorkers.BusyForAMinute, pidFile);
            int pid = ChildWait.ForPidFile(pidFile);

            // The worker does not read while it sleeps: this task fills its ring and a writer thread waits for room.
            var data = new byte[9 << 20];
            new Random(3).NextBytes(data);
            var large = pool.ApplyAsync(PoolTransportWorkers.Sum, data);
            ChildWait.Until(() => ThreadNames().Contains("mp-pool-writer"));

            System.Diagnostics.Process.GetProcessById(pid).Kill();
            Assert.Equal(pid, Assert.Throws<WorkerCrashedException>(() => busy.Get(Patience)).ProcessId);
            Assert.Equal(pid, Assert.Throws<WorkerCrashedException>(() => large.Get(Patience)).ProcessId);

            // The writer gave up on the dead worker, and the replacement takes the same large task whole.
            ChildWait.Until(() => !ThreadNames().Contains("mp-pool-writer"));
            Assert.Equal(data.Sum(b => (long)b), pool.Apply(PoolTransportWorkers.Sum, data));
            Assert.DoesNotContain(pid, pool.WorkerPids);
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    /// <summary>An endless source that counts what was read from it and whether it was let go.</summary>
    private sealed class CountingSource
    {
        private int _read;
        private int _disposed;

        public int Read => Volatile.Read(ref _read);

        public bool Disposed => Volatile.Read(ref _disposed) == 1;

        public IEnumerable<int> Endless()
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    Interlocked.Increment(ref _read);
                    yield return i;
                }
            }
            finally
            {
                Volatile.Write(ref _disposed, 1);
            }
        }
    }

    private sealed class CallbackProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>The names of this process's threads, as the OS sees them.</summary>
    private static List<string> ThreadNames() =>
        Directory.EnumerateDirectories("/proc/self/task")
            .Select(task => { try { return File.ReadAllText(Path.Combine(task, "comm")).Trim(); } catch (IOException) { return ""; } })
            .ToList();
}
