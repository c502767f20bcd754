using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>
/// An SDK-only figure (no CPython counterpart: its <c>Queue.get</c> has no async form): many pending
/// <c>GetAsync</c> calls, one per queue, as a hosted service with many consumers holds them. Reports the threads they
/// add, the CPU the process uses while they all wait, and how long it takes to complete them all once every queue
/// gets an item. Run it with <c>MULTIPROCESSING_IO_URING=0</c> to measure the futex_waitv fallback.
/// </summary>
internal static class AsyncWaitBenchmarks
{
    public static IEnumerable<Figure> PendingGets(bool quick)
    {
        int n = quick ? 2_000 : 10_000;
        var queues = new List<ProcessQueue<int>>(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                queues.Add(ProcessQueue<int>.Create(bufferSize: 4096));
            }

            Thread.Sleep(500); // let the thread pool settle
            int threadsBefore = ProcessThreads();
            var pending = queues.Select(q => q.GetAsync()).ToList();
            Thread.Sleep(1_000);
            int threadsDuring = ProcessThreads();
            Check(pending.All(p => !p.IsCompleted), "a get completed before any put");

            var process = System.Diagnostics.Process.GetCurrentProcess();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var idle = Stopwatch.StartNew();
            Thread.Sleep(quick ? 1_000 : 3_000);
            process.Refresh();
            double cpuMsPerSecond = (process.TotalProcessorTime - cpu0).TotalMilliseconds / idle.Elapsed.TotalSeconds;

            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < n; i++)
            {
                queues[i].Put(i);
            }

            var results = Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
            double completeAll = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            Check(results.SequenceEqual(Enumerable.Range(0, n)), "every get returned its queue's item");

            string backend = Environment.GetEnvironmentVariable("MULTIPROCESSING_IO_URING") == "0" ? "futex_waitv threads" : "io_uring (where available)";
            yield return Figure.Of("pending_gets.threads", [threadsDuring - threadsBefore], "threads", false, ("N", n), ("waiter", backend), ("what", "threads added by N pending GetAsync on N queues"));
            yield return Figure.Of("pending_gets.idle_cpu", [cpuMsPerSecond], "ms/s", false, ("N", n), ("waiter", backend), ("what", "process CPU while the N gets wait"));
            yield return Figure.Of("pending_gets.complete_all", [completeAll], "s", false, ("N", n), ("waiter", backend), ("what", "one Put per queue -> every get completed"));
        }
        finally
        {
            queues.ForEach(q => q.Dispose());
        }
    }

    /// <summary>
    /// An SDK-only figure: <c>pipe_rtt.obj</c>'s echo child, with the parent awaiting <c>RecvAsync</c> instead of a
    /// blocking <c>Recv</c>, so every answer comes through the async waiter (io_uring, or the futex_waitv threads with
    /// <c>MULTIPROCESSING_IO_URING=0</c>) and a thread-pool continuation.
    /// </summary>
    public static IEnumerable<Figure> PipeRttAsync(bool quick)
    {
        int trips = quick ? 5_000 : 20_000;
        var samples = new List<double>();
        var (a, b) = ProcessPipe.Create<int>();
        using (a)
        {
            using var child = ChildProcess.Create(IpcBenchmarkTargets.EchoObj, b);
            child.Start();
            b.Close();
            Task.Run(async () =>
            {
                for (int i = 0; i < 1000; i++)
                {
                    a.Send(i);
                    Check(await a.RecvAsync() == i, "echo");
                }

                var times = new double[trips];
                for (int rep = 0; rep < 3; rep++)
                {
                    for (int i = 0; i < trips; i++)
                    {
                        long t0 = Stopwatch.GetTimestamp();
                        a.Send(i);
                        int back = await a.RecvAsync();
                        times[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                        Check(back == i, "echo");
                    }

                    samples.Add(Figure.Median(times));
                }
            }).GetAwaiter().GetResult();
            a.Send(int.MinValue);
            Check(child.Join(TimeSpan.FromSeconds(60)) && child.ExitCode == 0, "echo exit");
        }

        string backend = Environment.GetEnvironmentVariable("MULTIPROCESSING_IO_URING") == "0" ? "futex_waitv threads" : "io_uring (where available)";
        yield return Figure.Of("pipe_rtt.async", samples, "us", false, ("trips", trips), ("waiter", backend), ("stat", "median per trip"), ("what", "Send, then await RecvAsync, against an echo child"));
    }

    private static int ProcessThreads() =>
        int.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("Threads:", StringComparison.Ordinal))["Threads:".Length..].Trim());

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"wrong result: {what}");
        }
    }
}
