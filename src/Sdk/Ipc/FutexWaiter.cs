namespace Multiprocessing.Ipc;

/// <summary>
/// The process's async waits on shared memory: instead of a thread per pending <c>GetAsync</c>, <c>PutAsync</c>,
/// <c>RecvAsync</c>, <c>JoinAsync</c> or <c>WaitAsync</c>, one <see cref="UringWaiter"/> thread sleeps on all their
/// words at once (io_uring futex waits, Linux 6.7+), or where io_uring is not available a few
/// <see cref="FutexWaiterThread"/>s do (futex_waitv, up to 127 words each), and hand each operation whose word changed
/// back to the thread pool.
/// </summary>
/// <remarks>
/// <para>io_uring first: any number of futex waits pend on one ring, so 10,000 pending gets on 10,000 queues take one
/// thread. It is refused by some seccomp profiles (container runtimes' defaults) and by <c>io_uring_disabled</c>; then,
/// or with <c>MULTIPROCESSING_IO_URING=0</c>, the futex_waitv threads below serve.</para>
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

    /// <summary>The number of futex_waitv waiter threads started so far (for tests and measurements).</summary>
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

    /// <summary>
    /// Forces the <see cref="FutexWaiterThread"/>s even where io_uring is available (tests of the fallback; set before
    /// the waits to register).
    /// </summary>
    internal static bool ForceThreads { get; set; }

    /// <summary>Which waiter new operations go to: <c>io_uring</c> or <c>futex_waitv threads</c>.</summary>
    internal static string Backend => !ForceThreads && UringWaiter.Instance is not null ? "io_uring" : "futex_waitv threads";

    /// <summary>Hands an armed operation to the io_uring waiter, else to a waiter thread with room for it (starting one if none has).</summary>
    internal static void Register(WaitOperation operation)
    {
        if (!ForceThreads && UringWaiter.Instance is { } uring)
        {
            uring.Add(operation);
            return;
        }

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
