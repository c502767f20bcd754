using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>Workloads 6-8 of tests/Benchmarks/python/README.md: queue throughput, pipe round trips, pipe bandwidth.</summary>
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
                    double seconds = label switch
                    {
                        "queue_int" => RunQueue(ProcessQueue<int>.Create(), q => ChildProcess.Create(IpcBenchmarkTargets.ProduceInts, (q, childControl, n))),
                        "joinable_int" => RunJoinable(),
                        "queue_bytes1k" => RunQueue(ProcessQueue<byte[]>.Create(), q => ChildProcess.Create(IpcBenchmarkTargets.ProduceBytes, (q, childControl, n))),
                        "simple_int" => RunSimple(SimpleProcessQueue<int>.Create(), q => ChildProcess.Create(IpcBenchmarkTargets.ProduceSimpleInts, (q, childControl, n))),
                        _ => RunSimple(SimpleProcessQueue<byte[]>.Create(), q => ChildProcess.Create(IpcBenchmarkTargets.ProduceSimpleBytes, (q, childControl, n))),
                    };

                    double RunQueue<T>(ProcessQueue<T> queue, Func<ProcessQueue<T>, ChildProcess> producer, Action? perItem = null)
                    {
                        using (queue)
                        {
                            return TimeConsumer(producer(queue), control, childControl, n, () => queue.Get(), perItem);
                        }
                    }

                    double RunSimple<T>(SimpleProcessQueue<T> queue, Func<SimpleProcessQueue<T>, ChildProcess> producer)
                    {
                        using (queue)
                        {
                            return TimeConsumer(producer(queue), control, childControl, n, queue.Get, null);
                        }
                    }

                    double RunJoinable()
                    {
                        var queue = JoinableProcessQueue<int>.Create();
                        return RunQueue<int>(queue, q => ChildProcess.Create(IpcBenchmarkTargets.ProduceJoinableInts, (queue, childControl, n)), queue.TaskDone);
                    }

                    rates.Add(n / seconds);
                }
            }

            yield return Figure.Of($"queue_throughput.{label}", rates, "msgs/s", true, ("queue", queueType), ("N", n),
                ("payload", kind == "int" ? "int i (0..N-1)" : "1024-byte byte[]"), ("producers", 1), ("consumer", "parent"),
                ("task_done", label == "joinable_int"), ("reps", reps));
        }
    }

    /// <summary>Starts the producer, says go, and times <paramref name="n"/> gets in the parent; checks the last item.</summary>
    private static double TimeConsumer<T>(ChildProcess child, Connection<int> control, Connection<int> childControl, int n, Func<T> get, Action? perItem)
    {
        using (child)
        {
            child.Start();
            childControl.Close();
            Check(control.Recv() == 1, "producer ready");
            long t0 = Stopwatch.GetTimestamp();
            control.Send(1);
            T last = default!;
            for (int i = 0; i < n; i++)
            {
                last = get();
                perItem?.Invoke();
            }

            double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            Check(child.Join(Patience) && child.ExitCode == 0, "producer exit");
            bool ok = last switch
            {
                int value => value == n - 1,
                byte[] bytes => bytes.AsSpan().SequenceEqual(IpcBenchmarkTargets.Payload1K),
                _ => false,
            };
            Check(ok, $"last item {last}");
            return seconds;
        }
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
