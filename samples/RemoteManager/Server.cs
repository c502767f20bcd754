using System.Diagnostics;
using System.Net;
using Multiprocessing;

namespace Samples.RemoteManager;

/// <summary>The server program: serves a job queue and a result dictionary on 127.0.0.1 until the workers are done.</summary>
internal static class Server
{
    internal const int JobCount = 20;

    public static int Run(int port, int workers, byte[] authKey)
    {
        var options = new ManagerOptions { Log = line => Console.WriteLine("server log: " + line) };
        using var manager = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, port), authKey, options);
        Console.WriteLine($"server: listening on {manager.Address} (pid {Environment.ProcessId})");

        // Named objects: every program that asks for "jobs" gets the same queue (Python registers get_queue instead).
        var jobs = manager.GetQueue<int>("jobs");
        var results = manager.GetDictionary<int, JobResult>("results");
        var finished = manager.GetList<string>("finished");
        for (int job = 1; job <= JobCount; job++)
        {
            jobs.Put(job);
        }

        Console.WriteLine($"server: {JobCount} jobs queued for {workers} workers");
        var patience = Stopwatch.StartNew();
        while (results.Count < JobCount)
        {
            if (patience.Elapsed > TimeSpan.FromMinutes(2))
            {
                Console.WriteLine($"server: gave up waiting, {results.Count} of {JobCount} results");
                return 1;
            }

            Thread.Sleep(20);
        }

        for (int i = 0; i < workers; i++)
        {
            jobs.Put(-1); // one "stop" per worker
        }

        while (finished.Count < workers && patience.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(20);
        }

        var all = results.ToArray().OrderBy(r => r.Key).Select(r => r.Value).ToList();
        foreach (var result in all)
        {
            Console.WriteLine($"server: job {result.Job} -> {result.Square} by {result.Worker} (pid {result.WorkerPid})");
        }

        var byWorker = all.GroupBy(r => r.Worker).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}");
        Console.WriteLine($"server: {all.Count} results, all correct: {all.All(r => r.Square == (long)r.Job * r.Job)}; {string.Join(", ", byWorker)}");
        Console.WriteLine($"server: workers finished: {string.Join(", ", finished.Order())}");
        return 0;
    }
}
