using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Managers;

/// <summary>Every built-in proxy, used by the parent and by real child processes that received it as an argument.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ManagedProxyTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public async Task A_dictionary_is_shared_with_children_both_ways()
    {
        await using var manager = await ProcessManager.StartAsync();
        Assert.NotNull(manager.ServerProcessId);
        Assert.NotEqual(Environment.ProcessId, manager.ServerProcessId);
        var people = manager.CreateDictionary<string, Person>();
        people["parent"] = new Person("Ann", 40);

        using var filler = ChildProcess.Create(ManagerWorkers.FillDictionary, (people, 50));
        filler.Start();
        Assert.True(filler.Join(Patience));
        Assert.Equal(0, filler.ExitCode);
        Assert.Equal(51, filler.Result);

        using var reader = ChildProcess.Create(ManagerWorkers.ReadPerson, (people, "parent"));
        reader.Start();
        Assert.True(reader.Join(Patience));
        Assert.Equal("Ann", reader.Result);

        Assert.Equal(51, people.Count);
        Assert.Equal(new Person("name-7", 7), people["child-7"]);
        Assert.True(people.ContainsKey("child-49"));
        Assert.False(people.TryGetValue("nobody", out _));
        Assert.Throws<KeyNotFoundException>(() => people["nobody"]);
        Assert.True(people.Remove("child-0", out var removed));
        Assert.Equal("name-0", removed.Name);
        Assert.False(people.Remove("child-0"));
        Assert.False(people.TryAdd("parent", new Person("Bob", 1)));
        Assert.Equal(new Person("Ann", 40), people.GetOrAdd("parent", new Person("Bob", 1)));
        Assert.Equal(new Person("Cy", 2), people.GetOrAdd("new", new Person("Cy", 2)));
        Assert.Throws<ArgumentException>(() => people.Add("new", new Person("Dee", 3)));
        Assert.Equal(51, people.Keys.Count);
        Assert.Contains("child-49", people.Keys);
        Assert.Contains(new Person("Ann", 40), people.Values);
        Assert.Equal(51, people.ToDictionary().Count);
        Assert.Equal(51, people.Count());
        people.Clear();

        // The proxy's Count is a request to the manager, and that request is what is tested: Assert.Empty would
        // enumerate the dictionary instead.
#pragma warning disable xUnit2013
        Assert.Equal(0, people.Count);
#pragma warning restore xUnit2013
    }

    [Fact]
    public void A_list_is_shared_with_children()
    {
        using var manager = ProcessManager.Start();
        var list = manager.CreateList<int>();
        list.Add(-1);
        using var a = ChildProcess.Create(ManagerWorkers.AppendToList, (list, 0, 100));
        using var b = ChildProcess.Create(ManagerWorkers.AppendToList, (list, 100, 100));
        a.Start();
        b.Start();
        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(201, list.Count);
        Assert.Equal(Enumerable.Range(-1, 201), list.Order());
        Assert.Equal(-1, list[0]);

        list.Insert(0, 1000);
        Assert.Equal(1000, list[0]);
        list[0] = 2000;
        Assert.Equal(0, list.IndexOf(2000));
        // The proxy's Contains is a request to the manager, and that request is what is tested: Assert.Contains would
        // enumerate the list instead.
#pragma warning disable xUnit2017
        Assert.True(list.Contains(150));
        Assert.True(list.Remove(150));
        Assert.False(list.Contains(150));
#pragma warning restore xUnit2017
        Assert.Equal(2000, list.Pop(0));
        list.RemoveAt(0);
        Assert.Equal(199, list.ToArray().Length);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => list[10_000]);
        Assert.Contains("out of range", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Insert(-1, 0));
        list.Clear();
        Assert.Empty(list);
    }

    [Fact]
    public void A_namespace_carries_named_attributes_of_any_type()
    {
        using var manager = ProcessManager.Start();
        var space = manager.CreateNamespace();
        using var child = ChildProcess.Create(ManagerWorkers.SetAttributes, space);
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.Equal(0, child.ExitCode);
        Assert.Equal(42, space.Get<int>("answer"));
        Assert.Equal("child", space.Get<string>("who"));
        Assert.Equal(child.Pid, space.Get<int>("pid"));
        Assert.Equal(["answer", "pid", "who"], space.Names().Order());
        Assert.True(space.Remove("who"));
        Assert.False(space.TryGet<string>("who", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => space.Get<int>("who"));
        Assert.Contains("'who'", error.Message);
    }

    [Fact]
    public void A_queue_carries_items_from_producers_and_reports_full_and_empty()
    {
        using var manager = ProcessManager.Start();
        var queue = manager.CreateQueue<int>();
        using var a = ChildProcess.Create(ManagerWorkers.Produce, (queue, 0, 200));
        using var b = ChildProcess.Create(ManagerWorkers.Produce, (queue, 200, 200));
        a.Start();
        b.Start();
        var got = new List<int>();
        for (int i = 0; i < 400; i++)
        {
            got.Add(queue.Get(Patience));
        }

        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(Enumerable.Range(0, 400), got.Order());
        Assert.True(queue.IsEmpty);
        Assert.Throws<QueueEmptyException>(() => queue.GetNowait());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<QueueEmptyException>(() => queue.Get(TimeSpan.FromMilliseconds(150)));
        Assert.InRange(watch.ElapsedMilliseconds, 100, 30_000);
        Assert.False(queue.TryGet(out _));

        var bounded = manager.CreateQueue<string>(maxSize: 2);
        bounded.PutNowait("a");
        bounded.Put("b");
        Assert.Throws<QueueFullException>(() => bounded.PutNowait("c"));
        Assert.Throws<QueueFullException>(() => bounded.Put("c", TimeSpan.FromMilliseconds(50)));
        Assert.Equal(2, bounded.Count);
        Assert.Equal("a", bounded.GetNowait());
        Assert.True(bounded.TryGet(out var second, TimeSpan.FromSeconds(1)));
        Assert.Equal("b", second);
        Assert.Throws<ArgumentOutOfRangeException>(() => manager.CreateQueue<int>(-1));
    }

    [Fact]
    public async Task A_queue_get_can_be_awaited_and_cancelled()
    {
        await using var manager = await ProcessManager.StartAsync();
        var queue = manager.CreateQueue<string>();
        var pending = queue.GetAsync();
        queue.Put("hello");
        Assert.Equal("hello", await pending.WaitAsync(Patience));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.GetAsync(cancel.Token));
    }

    [Fact]
    public void A_lock_keeps_increments_of_racing_children_exact()
    {
        using var manager = ProcessManager.Start();
        var managedLock = manager.CreateLock();
        var counter = manager.CreateValue(0);
        using var a = ChildProcess.Create(ManagerWorkers.IncrementUnderLock, (managedLock, counter, 300));
        using var b = ChildProcess.Create(ManagerWorkers.IncrementUnderLock, (managedLock, counter, 300));
        a.Start();
        b.Start();
        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(600, counter.Value);

        Assert.Throws<SynchronizationLockException>(() => managedLock.Release());
        Assert.True(managedLock.Acquire());
        Assert.Throws<InvalidOperationException>(() => managedLock.Acquire());
        var other = new Thread(() => Assert.False(managedLock.Acquire(timeout: TimeSpan.FromMilliseconds(50))));
        other.Start();
        other.Join();
        managedLock.Release();

        var reentrant = manager.CreateRLock();
        Assert.True(reentrant.Acquire());
        Assert.True(reentrant.Acquire());
        reentrant.Release();
        reentrant.Release();
        Assert.Throws<SynchronizationLockException>(() => reentrant.Release());
    }

    [Fact]
    public void A_lock_held_by_a_process_that_dies_is_released()
    {
        string pidFile = Path.GetTempFileName();
        try
        {
            using var manager = ProcessManager.Start();
            var managedLock = manager.CreateLock();
            using var holder = ChildProcess.Create(ManagerWorkers.HoldLockAndHang, (managedLock, pidFile));
            holder.Start();
            ChildWait.ForPidFile(pidFile);
            Assert.False(managedLock.Acquire(block: false));
            holder.Kill();
            Assert.True(holder.Join(Patience));
            Assert.True(managedLock.Acquire(timeout: Patience));
            managedLock.Release();
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void An_event_wakes_a_waiting_child()
    {
        using var manager = ProcessManager.Start();
        var ready = manager.CreateEvent();
        Assert.False(ready.IsSet);
        using var waiter = ChildProcess.Create(ManagerWorkers.WaitForEvent, (ready, 60_000));
        waiter.Start();
        Thread.Sleep(200);
        ready.Set();
        Assert.True(waiter.Join(Patience));
        Assert.True(waiter.Result);
        Assert.True(ready.IsSet);
        ready.Clear();
        Assert.False(ready.Wait(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void A_semaphore_counts_across_processes()
    {
        using var manager = ProcessManager.Start();
        var semaphore = manager.CreateSemaphore(3);
        using var child = ChildProcess.Create(ManagerWorkers.AcquireSemaphore, (semaphore, 5));
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.Equal(3, child.Result);
        Assert.Equal(0, semaphore.Value);
        Assert.False(semaphore.Acquire(timeout: TimeSpan.FromMilliseconds(50)));
        semaphore.Release(2);
        Assert.Equal(2, semaphore.Value);

        var bounded = manager.CreateBoundedSemaphore(1);
        Assert.True(bounded.Acquire());
        bounded.Release();
        var error = Assert.Throws<InvalidOperationException>(() => bounded.Release());
        Assert.Contains("released too many times", error.Message);
    }

    [Fact]
    public void A_value_of_any_marshallable_type_is_shared()
    {
        using var manager = ProcessManager.Start();
        var value = manager.CreateValue(new Person("initial", 0));
        Assert.Equal("initial", value.Value.Name);
        using var child = ChildProcess.Create(ManagerWorkers.SetValue, (value, "from child"));
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.Equal(new Person("from child", child.Pid!.Value), value.Value);
    }

    [Fact]
    public void Named_objects_are_found_again_and_kinds_must_match()
    {
        using var manager = ProcessManager.Start();
        var first = manager.GetDictionary<string, int>("scores");
        first["a"] = 1;
        var again = manager.GetDictionary<string, int>("scores");
        Assert.Equal(first.ObjectId, again.ObjectId);
        Assert.Equal(1, again["a"]);
        var error = Assert.Throws<InvalidOperationException>(() => manager.GetList<int>("scores"));
        Assert.Contains("'scores'", error.Message);
        Assert.StartsWith("unix:", manager.Address);
    }

    [Fact]
    public void Values_larger_than_the_shared_memory_mailbox_travel_on_the_socket()
    {
        using var manager = ProcessManager.Start();
        var blobs = manager.CreateDictionary<int, byte[]>();
        var big = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        blobs[1] = big;
        blobs[2] = [7];
        Assert.Equal(big, blobs[1]);
        Assert.Equal([7], blobs[2]);
        Assert.Equal(2, blobs.ToArray().Length);
    }

    [Fact]
    public void Local_proxies_also_work_without_the_shared_memory_mailbox()
    {
        using var manager = ProcessManager.Start();
        var client = manager.ClientForCalls;
        client.UsesMailbox = false;
        bool hadMailbox = OtherThread<bool>.Start(() =>
        {
            // A thread of its own: its connection opens now, without a mailbox.
            var dictionary = manager.CreateDictionary<string, int>();
            for (int i = 0; i < 100; i++)
            {
                dictionary[$"k{i}"] = i;
            }

            Assert.Equal(100, dictionary.Count);
            Assert.Equal(42, dictionary["k42"]);
            var queue = manager.CreateQueue<int>();
            Assert.Throws<QueueEmptyException>(() => queue.Get(TimeSpan.FromMilliseconds(20)));
            return client.Connection.HasMailbox;
        }).Join();
        Assert.False(hadMailbox);
    }

    [Fact]
    public async Task Proxies_work_from_several_threads_at_once()
    {
        using var manager = ProcessManager.Start();
        var dictionary = manager.CreateDictionary<int, int>();
        var queue = manager.CreateQueue<int>();
        // A thread blocked in a get must not hold up the others: each thread has its own connection.
        var blocked = Task.Run(() => queue.Get(Patience));
        Parallel.For(0, 4, t =>
        {
            for (int i = 0; i < 250; i++)
            {
                dictionary[(t * 1000) + i] = i;
            }
        });
        Assert.Equal(1000, dictionary.Count);
        queue.Put(7);
        Assert.True(await blocked.CompletesWithinAsync(Patience));
        Assert.Equal(7, await blocked);
    }
}
