namespace Multiprocessing.Tests.Managers;

/// <summary>A record value that travels through manager proxies.</summary>
public sealed record Person(string Name, int Age);

/// <summary>The targets manager tests run in child processes: each uses proxies it received as arguments.</summary>
internal static class ManagerWorkers
{
    [ProcessTarget]
    public static int FillDictionary(ManagedDictionary<string, Person> dictionary, int count)
    {
        for (int i = 0; i < count; i++)
        {
            dictionary[$"child-{i}"] = new Person($"name-{i}", i);
        }

        return dictionary.Count;
    }

    [ProcessTarget]
    public static string ReadPerson(ManagedDictionary<string, Person> dictionary, string key) => dictionary[key].Name;

    [ProcessTarget]
    public static int AppendToList(ManagedList<int> list, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            list.Add(i);
        }

        return list.Count;
    }

    [ProcessTarget]
    public static void SetAttributes(ManagedNamespace space)
    {
        space.Set("answer", 42);
        space.Set("who", "child");
        space.Set("pid", Environment.ProcessId);
    }

    [ProcessTarget]
    public static void Produce(ManagedQueue<int> queue, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            queue.Put(i);
        }
    }

    [ProcessTarget]
    public static void IncrementUnderLock(ManagedLock managedLock, ManagedValue<int> value, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (managedLock.Lock())
            {
                value.Value = value.Value + 1;
            }
        }
    }

    [ProcessTarget]
    public static bool WaitForEvent(ManagedEvent managedEvent, int milliseconds) => managedEvent.Wait(TimeSpan.FromMilliseconds(milliseconds));

    [ProcessTarget]
    public static void HoldLockAndHang(ManagedLock managedLock, string pidFile)
    {
        managedLock.Acquire();
        File.WriteAllText(pidFile, Environment.ProcessId.ToString());
        Thread.Sleep(Timeout.Infinite);
    }

    [ProcessTarget]
    public static int AcquireSemaphore(ManagedSemaphore semaphore, int times)
    {
        int acquired = 0;
        for (int i = 0; i < times; i++)
        {
            if (semaphore.Acquire(block: false))
            {
                acquired++;
            }
        }

        return acquired;
    }

    [ProcessTarget]
    public static void SetValue(ManagedValue<Person> value, string name) => value.Value = new Person(name, Environment.ProcessId);

    /// <summary>An independent client: connects by address and key (no proxy handed over) and works the named objects.</summary>
    [ProcessTarget]
    public static int RemoteSquares(string address, byte[] authKey)
    {
        using var manager = ProcessManager.Connect(address, authKey);
        var jobs = manager.GetQueue<int>("jobs");
        var results = manager.GetDictionary<int, long>("results");
        int done = 0;
        while (jobs.TryGet(out int job, TimeSpan.FromMilliseconds(200)))
        {
            results[job] = (long)job * job;
            done++;
        }

        return done;
    }

    /// <summary>Starts a manager (so this child is the manager's parent), reports the server's pid, and hangs until killed.</summary>
    [ProcessTarget]
    public static void StartManagerAndHang(string pidFile)
    {
        var manager = ProcessManager.Start();
        var dictionary = manager.CreateDictionary<int, int>();
        dictionary[1] = 1;
        File.WriteAllText(pidFile, manager.ServerProcessId.ToString());
        Thread.Sleep(Timeout.Infinite);
    }
}

/// <summary>Targets that call a user's [ManagedType] class through its proxy.</summary>
internal static class TallyWorkers
{
    [ProcessTarget]
    public static int AddToTally(ManagedObject<Tally> tally, string key, int times)
    {
        for (int i = 0; i < times; i++)
        {
            tally.Add(key, 1);
        }

        return tally.GetServerPid();
    }
}
