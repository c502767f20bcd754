using Multiprocessing;

namespace Samples.Queue;

/// <summary>The targets of the Queue sample: each one runs in a child process.</summary>
internal static class Workers
{
    public const string Done = "<done>";

    [ProcessTarget]
    public static void Produce(ProcessQueue<string> queue, int producer, int count)
    {
        for (int i = 1; i <= count; i++)
        {
            queue.Put($"item {i} of producer {producer} (pid {Environment.ProcessId})");
        }
    }

    [ProcessTarget]
    public static void Consume(ProcessQueue<string> queue, ProcessQueue<string> report)
    {
        for (string item = queue.Get(); item != Done; item = queue.Get())
        {
            report.Put($"consumer pid {Environment.ProcessId} got {item}");
        }

        report.Put(Done);
    }

    [ProcessTarget]
    public static int TakeOne(ProcessQueue<int> queue) => queue.Get();

    [ProcessTarget]
    public static void Work(JoinableProcessQueue<int> tasks, SharedValue<long> total)
    {
        while (true)
        {
            int n = tasks.Get();
            total.Add(n * n);
            tasks.TaskDone();
        }
    }
}
