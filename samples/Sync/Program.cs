// The synchronization primitives Python's multiprocessing tutorials teach, across real processes.
using Multiprocessing;
using Samples.Sync;

Multiprocess.MainGuard();

Console.WriteLine($"main: pid {Environment.ProcessId}");

// 1. A Lock protecting a shared counter incremented by 4 processes
using (var counterLock = ProcessLock.Create())
using (var counter = SharedValue<int>.Create(0))
{
    var counters = Enumerable.Range(0, 4).Select(_ => ChildProcess.Create(Tasks.CountUnderLock, (counterLock, counter, 1000))).ToList();
    counters.ForEach(c => c.Start());
    counters.ForEach(c => c.Join());
    Console.WriteLine($"1. counter = {counter.Value} (4 processes x 1000 increments under a ProcessLock), pids: {string.Join(", ", counters.Select(c => c.Result))}");
}

// 2. An RLock re-entered by the thread that holds it
using (var accountLock = ProcessRLock.Create())
using (var balance = SharedValue<int>.Create(0))
{
    var transfer = ChildProcess.Create(Tasks.Transfer, (accountLock, balance));
    transfer.Start();
    transfer.Join();
    Console.WriteLine($"2. {transfer.Result}; balance = {balance.Value}");
}

// 3. An Event releasing waiting children
using (var start = ProcessEvent.Create())
using (var ready = SharedValue<int>.Create(0))
{
    var waiters = Enumerable.Range(0, 3).Select(_ => ChildProcess.Create(Tasks.WaitForStart, (start, ready))).ToList();
    waiters.ForEach(w => w.Start());
    while (ready.Value < 3)
    {
        Thread.Sleep(10);
    }

    Thread.Sleep(100); // they are all waiting now: none got past the event
    Console.WriteLine($"3. {waiters.Count(w => w.IsAlive)} children wait; setting the event");
    start.Set();
    waiters.ForEach(w => w.Join());
}

// 4. A Semaphore limiting concurrency to 2 of 4 processes
using (var slots = ProcessSemaphore.Create(2))
using (var go = ProcessEvent.Create())
using (var stats = SharedArray<int>.Create(2))
{
    var workers = Enumerable.Range(0, 4).Select(_ => ChildProcess.Create(Tasks.Work, (slots, go, stats))).ToList();
    workers.ForEach(w => w.Start());
    go.Set();
    workers.ForEach(w => w.Join());
    Console.WriteLine($"4. max concurrent = {stats[1]} (a semaphore of 2, 4 processes)");
}

Console.WriteLine("main: done");
