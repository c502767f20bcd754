namespace Multiprocessing.Ipc;

/// <summary>
/// The process's async waits on shared memory: instead of a thread per pending <c>GetAsync</c>, <c>PutAsync</c>,
/// <c>RecvAsync</c>, <c>JoinAsync</c> or <c>WaitAsync</c>, a few <see cref="FutexWaiterThread"/>s sleep on all their
/// words at once (futex_waitv, up to 127 words each) and hand each operation whose word changed back to the thread pool.
/// </summary>
/// <remarks>
/// <para>Why futex_waitv: the other side of every wait (a producer in another process) already wakes the futex word
/// the waiter sleeps on, when it sees a sleeper counted; an async waiter counts itself the same way, so nothing changes
/// for the wakers and no per-process doorbell has to be found and mapped by them. One kernel sleep covers 127 words, so
/// N pending waits on N different words take ceil(N / 127) threads, none of them using CPU while idle (10,000 pending
/// gets on 10,000 queues: 79 threads instead of 10,000, each waking only when one of its words is woken).</para>
/// <para>Waits that depend on another process staying alive (a lock's holder, a pipe's other end, a queue's producers)
/// are looked at again every <see cref="SpinPolicy.LivenessPeriod"/>, the period of a blocking wait; others sleep
/// until woken. Without futex_waitv (Linux before 5.16) a waiter thread looks at its words every 20 ms instead.</para>
/// </remarks>
internal static class FutexWaiter
{
    private static readonly object s_gate = new();
    private static readonly List<FutexWaiterThread> s_threads = [];

    /// <summary>The number of waiter threads started so far (for tests and measurements).</summary>
    internal static int ThreadCount
    {
        get
        {
            lock (s_gate)
            {
                return s_threads.Count;
            }
        }
    }

    /// <summary>Hands an armed operation to a waiter thread with room for it (starting one if none has).</summary>
    internal static void Register(WaitOperation operation)
    {
        lock (s_gate)
        {
            for (int i = s_threads.Count - 1; i >= 0; i--)
            {
                if (s_threads[i].TryAdd(operation))
                {
                    return;
                }
            }

            var thread = new FutexWaiterThread(s_threads.Count);
            s_threads.Add(thread);
            _ = thread.TryAdd(operation);
        }
    }
}
