using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>
/// SDK-only figures (CPython cannot cancel running work): from the caller's <c>Cancel()</c> to the
/// <see cref="OperationCanceledException"/> it observes, for a running target in a plain child (the target honours
/// its token; the child's report travels back before the child exits) and in a pool worker (then the same worker runs
/// the next task).
/// </summary>
internal static class CancellationBenchmarks
{
    public static IEnumerable<Figure> CancelLatency(bool quick)
    {
        int runs = quick ? 5 : 20;
        var child = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            using var started = ProcessEvent.Create();
            using var cts = new CancellationTokenSource();
            using var p = ChildProcess.Create(CancellationBenchmarkTargets.WaitForCancel, started);
            p.Start(cts.Token);
            Check(started.Wait(TimeSpan.FromSeconds(60)), "child started");
            long t0 = Stopwatch.GetTimestamp();
            cts.Cancel();
            try
            {
                p.GetResultAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
                Check(false, "the cancelled child returned");
            }
            catch (OperationCanceledException)
            {
                child.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }

            Check(p.Join(TimeSpan.FromSeconds(60)), "child exit");
        }

        var pool = new List<double>();
        using (var workers = new ProcessPool(1))
        using (var unused = ProcessEvent.Create())
        {
            int pid = workers.Apply(CancellationBenchmarkTargets.WaitForCancelOrPid, (unused, 0));
            for (int i = 0; i < runs; i++)
            {
                using var started = ProcessEvent.Create();
                using var cts = new CancellationTokenSource();
                var running = workers.ApplyAsync(CancellationBenchmarkTargets.WaitForCancelOrPid, (started, 1), cancellationToken: cts.Token);
                Check(started.Wait(TimeSpan.FromSeconds(60)), "task started");
                long t0 = Stopwatch.GetTimestamp();
                cts.Cancel();
                try
                {
                    running.Get(TimeSpan.FromSeconds(60));
                    Check(false, "the cancelled task returned");
                }
                catch (OperationCanceledException)
                {
                    pool.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }

                Check(workers.Apply(CancellationBenchmarkTargets.WaitForCancelOrPid, (unused, 0)) == pid, "the same worker serves the next task");
            }
        }

        yield return Figure.Of("cancel_latency.child", child, "ms", false, ("runs", runs), ("stat", "median"), ("what", "Cancel() -> OperationCanceledException from GetResultAsync, target honouring its token in a plain child"));
        yield return Figure.Of("cancel_latency.pool", pool, "ms", false, ("runs", runs), ("stat", "median"), ("what", "Cancel() -> OperationCanceledException from ApplyAsync's result; the worker then serves the next task"));
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"wrong result: {what}");
        }
    }
}
