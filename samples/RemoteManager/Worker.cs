using Multiprocessing;

namespace Samples.RemoteManager;

/// <summary>A worker program: connects with the address and the authkey, takes jobs until told to stop, writes results.</summary>
internal static class Worker
{
    public static int Run(string address, string name, byte[] authKey)
    {
        using var manager = ProcessManager.Connect(address, authKey);
        Console.WriteLine($"{name}: connected to {manager.Address} (pid {Environment.ProcessId})");
        var jobs = manager.GetQueue<int>("jobs");
        var results = manager.GetDictionary<int, JobResult>("results");
        int done = 0;
        while (true)
        {
            int job = jobs.Get(TimeSpan.FromMinutes(2));
            if (job < 0)
            {
                break;
            }

            results[job] = new JobResult(job, (long)job * job, name, Environment.ProcessId);
            done++;
            Thread.Sleep(5); // a little work, so that both workers get a share
        }

        manager.GetList<string>("finished").Add(name);
        Console.WriteLine($"{name}: did {done} jobs");
        return 0;
    }
}
