// The situations Python's multiprocessing tutorials teach about queues, ported one by one.
// Python:
//   from multiprocessing import Process, Queue
//   def producer(q, n): [q.put(f"item {i}") for i in range(n)]
//   if __name__ == '__main__':
//       q = Queue(); ps = [Process(target=producer, args=(q, 3)) for _ in range(2)]; ...
using Multiprocessing;
using Samples.Queue;

Multiprocess.MainGuard(); // Python's `if __name__ == '__main__':` - children start here and run their target.

Console.WriteLine($"main: parent pid {Environment.ProcessId}");
Demo.ProducersAndAConsumer();
Demo.ABoundedQueueFillsUp();
Demo.AJoinableQueue();
Console.WriteLine("main: done");

internal static class Demo
{
    /// <summary>1. Two producer processes and a consumer process share one queue; the parent collects the consumer's report.</summary>
    public static void ProducersAndAConsumer()
    {
        using var queue = ProcessQueue<string>.Create();
        using var report = ProcessQueue<string>.Create();
        var producers = Enumerable.Range(1, 2).Select(p => ChildProcess.Create(Workers.Produce, (queue, p, 3))).ToList();
        using var consumer = ChildProcess.Create(Workers.Consume, (queue, report));
        consumer.Start();
        producers.ForEach(p => p.Start());
        producers.ForEach(p => p.Join());
        queue.Put(Workers.Done); // one "no more items" marker per consumer, as in Python
        for (string line = report.Get(); line != Workers.Done; line = report.Get())
        {
            Console.WriteLine($"1. {line}");
        }

        consumer.Join();
        Console.WriteLine($"1. producers {string.Join(", ", producers.Select(p => p.Pid))} and consumer {consumer.Pid} exited with {string.Join(", ", producers.Append(consumer).Select(p => p.ExitCode))}");
        producers.ForEach(p => p.Dispose());
    }

    /// <summary>2. A queue of at most 3 items: PutNowait raises QueueFullException (Python's queue.Full) instead of waiting.</summary>
    public static void ABoundedQueueFillsUp()
    {
        using var queue = ProcessQueue<int>.Create(maxSize: 3);
        for (int i = 1; i <= 5; i++)
        {
            try
            {
                queue.PutNowait(i);
                Console.WriteLine($"2. put {i} (count {queue.Count}, full: {queue.IsFull})");
            }
            catch (QueueFullException)
            {
                Console.WriteLine($"2. queue full: {i} not put");
            }
        }

        using var child = ChildProcess.Create(Workers.TakeOne, queue);
        child.Start();
        child.Join();
        Console.WriteLine($"2. a child took {child.Result}; now there is room: put 4 -> {queue.TryPut(4, TimeSpan.Zero)}");
        try
        {
            queue.Put(5, timeout: TimeSpan.FromMilliseconds(100));
        }
        catch (QueueFullException)
        {
            Console.WriteLine("2. Put(5, timeout: 100 ms) gave up: still full");
        }
    }

    /// <summary>3. A JoinableProcessQueue: Join() returns once a worker has called TaskDone() for every item.</summary>
    public static void AJoinableQueue()
    {
        using var tasks = JoinableProcessQueue<int>.Create();
        using var total = SharedValue<long>.Create();
        using var worker = ChildProcess.Create(Workers.Work, (tasks, total));
        worker.Daemon = true; // it loops forever; a daemon is stopped when the parent is done with it
        worker.Start();
        for (int i = 1; i <= 10; i++)
        {
            tasks.Put(i);
        }

        tasks.Join();
        Console.WriteLine($"3. all 10 tasks done by pid {worker.Pid}: total {total.Value}, unfinished {tasks.UnfinishedTasks}");
        worker.Terminate();
        worker.Join();
    }
}
