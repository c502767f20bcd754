using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>Workloads 6-8 of ../shared/bench/python/README.md: queue throughput, pipe round trips, pipe bandwidth.</summary>
internal static class IpcBenchmarks
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static IEnumerable<Figure> QueueThroughput(bool quick)
    {
        const int n = 200_000;
        int reps = quick ? 1 : 5;
        var variants = new (string Label, string Queue, string Kind)[]
        {
            ("queue_int", "ProcessQueue", "int"),
            ("queue_bytes1k", "ProcessQueue", "bytes1k"),
            ("joinable_int", "JoinableProcessQueue", "int"),
            ("simple_int", "SimpleProcessQueue", "int"),
            ("simple_bytes1k", "SimpleProcessQueue", "bytes1k"),
        };
        foreach (var (label, queueType, kind) in variants)
        {
            var rates = new List<double>();
            for (int rep = 0; rep < reps; rep++)
            {
                var (control, childControl) = ProcessPipe.Create<int>();
                using (control)
                {
                    double seconds = (label) switch
                    {
                        "queue_int" => RunInts(ProcessQueue<int>.Create(), q => ChildProcess.Create(IpcBenchmarkTargets.ProduceInts, (q, childControl, n)), control, childControl, n, null),
                        "joinable_int" => RunJoinable(control, childControl, n),
                        "queue_bytes1k" => RunBytes(control, childControl, n),
                        "simple_int" => RunSimpleInts(control, childControl, n),
                        _ => RunSimpleBytes(control, childControl, n),
                    };
                    rates.Add(n / seconds);
                }
            }

            yield return Figure.Of($"queue_throughput.{label}", rates, "msgs/s", true, ("queue", queueType), ("N", n),
                ("payload", kind == "int" ? "int i (0..N-1)" : "1024-byte byte[]"), ("producers", 1), ("consumer", "parent"),
                ("task_done", label == "joinable_int"), ("reps", reps));
        }
    }

    private static double RunInts(ProcessQueue<int> queue, Func<ProcessQueue<int>, ChildProcess> start, Connection<int> control, Connection<int> childControl, int n, Action? perItem)
    {
        using (queue)
        {
            using var child = start(queue);
            child.Start();
            childControl.Close();
            Check(control.Recv() == 1, "producer ready");
            long t0 = Stopwatch.GetTimestamp();
            control.Send(1);
            int last = -1;
            for (int i = 0; i < n; i++)
            {
                last = queue.Get();
                perItem?.Invoke();
            }

            double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            Check(child.Join(Patience) && child.ExitCode == 0, "producer exit");
            Check(last == n - 1, $"last item {last} == {n - 1}");
            return seconds;
        }
    }

    private static double RunJoinable(Connection<int> control, Connection<int> childControl, int n)
    {
        var queue = JoinableProcessQueue<int>.Create();
        return RunInts(queue, q => ChildProcess.Create(IpcBenchmarkTargets.ProduceJoinableInts, ((JoinableProcessQueue<int>)q, childControl, n)), control, childControl, n, queue.TaskDone);
    }

    private static double RunBytes(Connection<int> control, Connection<int> childControl, int n)
    {
        using var queue = ProcessQueue<byte[]>.Create();
        using var child = ChildProcess.Create(IpcBenchmarkTargets.ProduceBytes, (queue, childControl, n));
        child.Start();
        childControl.Close();
        Check(control.Recv() == 1, "producer ready");
        long t0 = Stopwatch.GetTimestamp();
        control.Send(1);
        byte[] last = [];
        for (int i = 0; i < n; i++)
        {
            last = queue.Get();
        }

        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        Check(child.Join(Patience) && child.ExitCode == 0, "producer exit");
        Check(last.AsSpan().SequenceEqual(IpcBenchmarkTargets.Payload1K), "last payload");
        return seconds;
    }

    private static double RunSimpleInts(Connection<int> control, Connection<int> childControl, int n)
    {
        using var queue = SimpleProcessQueue<int>.Create();
        using var child = ChildProcess.Create(IpcBenchmarkTargets.ProduceSimpleInts, (queue, childControl, n));
        child.Start();
        childControl.Close();
        Check(control.Recv() == 1, "producer ready");
        long t0 = Stopwatch.GetTimestamp();
        control.Send(1);
        int last = -1;
        for (int i = 0; i < n; i++)
        {
            last = queue.Get();
        }

        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        Check(child.Join(Patience) && child.ExitCode == 0, "producer exit");
        Check(last == n - 1, "last item");
        return seconds;
    }

    private static double RunSimpleBytes(Connection<int> control, Connection<int> childControl, int n)
    {
        using var queue = SimpleProcessQueue<byte[]>.Create();
        using var child = ChildProcess.Create(IpcBenchmarkTargets.ProduceSimpleBytes, (queue, childControl, n));
        child.Start();
        childControl.Close();
        Check(control.Recv() == 1, "producer ready");
        long t0 = Stopwatch.GetTimestamp();
        control.Send(1);
        byte[] last = [];
        for (int i = 0; i < n; i++)
        {
            last = queue.Get();
        }

        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        Check(child.Join(Patience) && child.ExitCode == 0, "producer exit");
        Check(last.AsSpan().SequenceEqual(IpcBenchmarkTargets.Payload1K), "last payload");
        return seconds;
    }

    public static IEnumerable<Figure> PipeRtt(bool quick)
    {
        const int trips = 50_000;
        int reps = quick ? 1 : 3;
        var times = new long[trips];
        foreach (var label in new[] { "obj", "bytes8" })
        {
            var medians = new List<double>();
            var means = new List<double>();
            if (label == "obj")
            {
                var (a, b) = ProcessPipe.Create<int>();
                using (a)
                {
                    using var child = ChildProcess.Create(IpcBenchmarkTargets.EchoObj, b);
                    child.Start();
                    b.Close();
                    for (int i = 0; i < 1000; i++)
                    {
                        a.Send(i);
                        Check(a.Recv() == i, "echo");
                    }

                    for (int rep = 0; rep < reps; rep++)
                    {
                        for (int i = 0; i < trips; i++)
                        {
                            long t0 = Stopwatch.GetTimestamp();
                            a.Send(i);
                            int back = a.Recv();
                            times[i] = Stopwatch.GetTimestamp() - t0;
                            if (back != i)
                            {
                                Check(false, $"echo {back} == {i}");
                            }
                        }

                        Summarize(times, medians, means);
                    }

                    a.Send(int.MinValue);
                    Check(child.Join(Patience) && child.ExitCode == 0, "echo exit");
                }
            }
            else
            {
                var (a, b) = ProcessPipe.Create<byte[]>();
                using (a)
                {
                    using var child = ChildProcess.Create(IpcBenchmarkTargets.EchoBytes, b);
                    child.Start();
                    b.Close();
                    byte[] payload = "12345678"u8.ToArray();
                    for (int i = 0; i < 1000; i++)
                    {
                        a.SendBytes(payload);
                        a.RecvBytes();
                    }

                    for (int rep = 0; rep < reps; rep++)
                    {
                        for (int i = 0; i < trips; i++)
                        {
                            long t0 = Stopwatch.GetTimestamp();
                            a.SendBytes(payload);
                            var back = a.RecvBytes();
                            times[i] = Stopwatch.GetTimestamp() - t0;
                            if (back.Length != 8)
                            {
                                Check(false, "echoed 8 bytes");
                            }
                        }

                        Summarize(times, medians, means);
                    }

                    a.SendBytes([]);
                    Check(child.Join(Patience) && child.ExitCode == 0, "echo exit");
                }
            }

            string what = label == "obj" ? "Send(i)/Recv() on Connection<int>" : "SendBytes/RecvBytes 8 bytes";
            yield return Figure.Of($"pipe_rtt.{label}", medians, "us", false, ("trips", trips), ("reps", reps), ("what", what), ("stat", "median per trip"));
            yield return Figure.Of($"pipe_rtt.{label}.mean", means, "us", false, ("trips", trips), ("reps", reps), ("what", what), ("stat", "mean per trip"));
        }
    }

    private static void Summarize(long[] ticks, List<double> medians, List<double> means)
    {
        var us = ticks.Select(t => t * 1e6 / Stopwatch.Frequency).ToArray();
        medians.Add(Figure.Median(us));
        means.Add(us.Average());
    }

    public static IEnumerable<Figure> PipeBandwidth(bool quick)
    {
        const int size = 64 << 20;
        int reps = quick ? 3 : 5;
        foreach (var label in new[] { "pipe", "pipe_oneway", "queue" })
        {
            var rates = new List<double>();
            var (control, childControl) = ProcessPipe.Create<int>();
            using (control)
            {
                ProcessQueue<byte[]>? queue = null;
                Connection<byte[]>? receiver = null;
                ChildProcess child;
                if (label == "queue")
                {
                    queue = ProcessQueue<byte[]>.Create();
                    child = ChildProcess.Create(IpcBenchmarkTargets.PutBlobs, (childControl, queue, size));
                }
                else
                {
                    var (r, w) = ProcessPipe.Create<byte[]>(duplex: label == "pipe");
                    receiver = r;
                    child = ChildProcess.Create(IpcBenchmarkTargets.SendBlobs, (childControl, w, size));
                    child.Start();
                    w.Close();
                }

                using (child)
                using (queue)
                using (receiver)
                {
                    if (queue is not null)
                    {
                        child.Start();
                    }

                    childControl.Close();
                    Check(control.Recv() == 1, "sender ready");
                    for (int i = 0; i <= reps; i++)
                    {
                        long t0 = Stopwatch.GetTimestamp();
                        control.Send(1);
                        byte[] data = queue is not null ? queue.Get() : receiver!.RecvBytes();
                        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                        Check(data.Length == size && data[0] == 0 && data[1] == 1 && data[2] == 2 && data[3] == 3, "64 MiB arrived");
                        if (i > 0)
                        {
                            rates.Add(size / seconds / 1e9);
                        }
                    }

                    control.Send(0);
                    Check(child.Join(Patience) && child.ExitCode == 0, "sender exit");
                }
            }

            string how = label switch
            {
                "pipe" => "ProcessPipe.Create<byte[]>() SendBytes/RecvBytes",
                "pipe_oneway" => "ProcessPipe.Create<byte[]>(duplex: false) SendBytes/RecvBytes",
                _ => "ProcessQueue<byte[]> Put/Get of the array",
            };
            yield return Figure.Of($"pipe_bandwidth.{label}", rates, "GB/s", true, ("bytes", size), ("direction", "child->parent"), ("reps", reps), ("what", how));
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"wrong result: {what}");
        }
    }
}
