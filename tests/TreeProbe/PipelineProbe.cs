namespace Multiprocessing.TreeProbe;

/// <summary>
/// <c>TreeProbe pipeline</c>: issue 15's producer/consumer pipeline (1 producer, 3 consumers over a bounded
/// <see cref="ProcessQueue{T}"/>, finished with <see cref="ProcessQueue{T}.Complete"/>), interrupted by Ctrl+C. It prints
/// <c>ready root=&lt;pid&gt; children=&lt;pids&gt;</c> once items flow, handles SIGINT as an application does
/// (Console.CancelKeyPress; the SDK cancels the children's tokens), joins its children, drains what is left and prints
/// <c>pipeline produced=P processed=N remaining=R duplicates=D unknown=U missing=M outcomes=&lt;o&gt;|...</c>, then exits 0.
/// </summary>
internal static class PipelineProbe
{
    internal static int Run()
    {
        using var interrupted = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // this application ends by itself, once its children are joined
            interrupted.Set();
        };

        using var queue = ProcessQueue<int>.Create(maxSize: 64);
        using var processed = ProcessQueue<int>.Create(bufferSize: 64 << 20);
        var started = new[] { ProcessEvent.Create(), ProcessEvent.Create(), ProcessEvent.Create(), ProcessEvent.Create() };
        var producer = ChildProcess.Create(PipelineTasks.Produce, (queue, started[0]));
        ChildProcess<int>[] consumers =
        [
            ChildProcess.Create(PipelineTasks.ConsumeWithGet, (queue, processed, started[1])),
            ChildProcess.Create(PipelineTasks.ConsumeWithReadAll, (queue, processed, started[2])),
            ChildProcess.Create(PipelineTasks.ConsumeWithReadAll, (queue, processed, started[3])),
        ];
        ChildProcess<int>[] children = [producer, .. consumers];
        foreach (var child in children)
        {
            child.Start();
        }

        // Ready once every child runs its target and items flow through the whole pipeline (the queue is bounded: the
        // producer is waiting for room). A child still starting when Ctrl+C comes dies of it: see the test.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (processed.Count < 300 || !started.All(e => e.IsSet))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60) || children.Any(c => c.ExitCode is not null))
            {
                Console.WriteLine($"the pipeline never got going: {processed.Count} items processed");
                foreach (var e in started)
                {
                    e.Dispose();
                }

                return 3;
            }

            Thread.Sleep(5);
        }

        Console.WriteLine($"ready root={Environment.ProcessId} children={string.Join(',', children.Select(c => c.Pid))}");
        Console.Out.Flush();
        interrupted.Wait();

        var outcomes = new List<string>();
        int produced = -1;
        foreach (var child in children)
        {
            outcomes.Add(ChildOutcome.Of(child, out int result));
            if (child == producer && outcomes[^1] == "returned")
            {
                produced = result;
            }
        }

        var seen = new HashSet<int>();
        int processedCount = 0, remaining = 0, duplicates = 0, unknown = 0;
        while (processed.TryGet(out int item, TimeSpan.Zero))
        {
            processedCount++;
            Count(item);
        }

        while (queue.TryGet(out int item, TimeSpan.Zero))
        {
            remaining++;
            Count(item);
        }

        int missing = produced < 0 ? -1 : Enumerable.Range(0, produced).Count(i => !seen.Contains(i));
        Console.WriteLine(
            $"pipeline produced={produced} processed={processedCount} remaining={remaining} duplicates={duplicates} " +
            $"unknown={unknown} missing={missing} outcomes={string.Join('|', outcomes)}");
        Console.Out.Flush();
        foreach (var e in started)
        {
            e.Dispose();
        }

        return 0;

        void Count(int item)
        {
            if (item < 0 || (produced >= 0 && item >= produced))
            {
                unknown++;
            }

            if (!seen.Add(item))
            {
                duplicates++;
            }
        }
    }
}
