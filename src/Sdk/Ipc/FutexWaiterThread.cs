using System.Diagnostics;
using System.Runtime.InteropServices;
using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>
/// One thread of the <see cref="FutexWaiter"/>: sleeps on up to 127 operations' words and a private control word (to
/// notice new and removed operations) in one futex_waitv, and queues each operation that must run to the thread pool.
/// </summary>
internal sealed unsafe class FutexWaiterThread : IWaitOperationOwner
{
    /// <summary>How many operations one thread sleeps on (the kernel's 128 words, less the control word).</summary>
    internal const int Capacity = Futex.MaxWaitV - 1;

    private static readonly TimeSpan FallbackPoll = TimeSpan.FromMilliseconds(20);
    private readonly object _gate = new();
    private readonly WaitOperation?[] _operations = new WaitOperation?[Capacity];
    private readonly int* _control;
    private int _count;

    internal FutexWaiterThread(int number)
    {
        _control = (int*)NativeMemory.AllocZeroed(sizeof(int)); // lives as long as the process (the thread never ends)
        var thread = new Thread(Loop, maxStackSize: 128 * 1024)
        {
            IsBackground = true,
            Name = $".NET Multiprocessing waiter {number}",
        };
        thread.UnsafeStart();
    }

    /// <summary>Takes an operation if there is room (false: full).</summary>
    internal bool TryAdd(WaitOperation operation)
    {
        lock (_gate)
        {
            if (_count == Capacity)
            {
                return false;
            }

            operation.Owner = this;
            operation.Index = _count;
            _operations[_count++] = operation;
            operation.MarkRegistered(); // only now can a cancellation claim it (and find it here to remove it)
        }

        Poke();
        return true;
    }

    /// <summary>Drops a claimed operation (its wait was cancelled): the thread stops sleeping on its word.</summary>
    public void Remove(WaitOperation operation)
    {
        lock (_gate)
        {
            RemoveAt(operation);
        }

        Poke();
    }

    private void RemoveAt(WaitOperation operation)
    {
        int index = operation.Index;
        if (operation.Owner != this || index >= _count || _operations[index] != operation)
        {
            return;
        }

        var last = _operations[--_count]!;
        _operations[index] = last;
        last.Index = index;
        _operations[_count] = null;
        operation.Owner = null;
    }

    /// <summary>Makes the thread look at its table again.</summary>
    private void Poke()
    {
        Interlocked.Increment(ref *_control);
        Futex.Wake(_control, 1);
    }

    private void Loop()
    {
        bool waitV = Futex.WaitVSupported;
        var entries = stackalloc Futex.WaitVEntry[Futex.MaxWaitV];
        var fired = new List<WaitOperation>();
        long livenessTicks = (long)(SpinPolicy.LivenessPeriod.TotalSeconds * Stopwatch.Frequency);
        long nextLiveness = Stopwatch.GetTimestamp() + livenessTicks;
        while (true)
        {
            int control, count = 1;
            long wakeAt = long.MaxValue;
            lock (_gate)
            {
                control = Volatile.Read(ref *_control);
                entries[0] = Futex.WaitVEntry.For(_control, control);
                for (int i = 0; i < _count; i++)
                {
                    var operation = _operations[i]!;
                    entries[count++] = Futex.WaitVEntry.For(operation.Word, operation.Expected);
                    wakeAt = Math.Min(wakeAt, operation.WatchesPeers ? Math.Min(operation.Deadline, nextLiveness) : operation.Deadline);
                }
            }

            if (waitV)
            {
                Futex.WaitAny(entries, count, wakeAt);
            }
            else
            {
                var sleep = count == 1 ? (TimeSpan?)null : FallbackPoll;
                Futex.TryWait(_control, control, wakeAt == long.MaxValue ? sleep : SyncWait.AtMost(SyncWait.Remaining(wakeAt), FallbackPoll));
            }

            long now = Stopwatch.GetTimestamp();
            bool liveness = now >= nextLiveness;
            if (liveness)
            {
                nextLiveness = now + livenessTicks;
            }

            lock (_gate)
            {
                for (int i = _count - 1; i >= 0; i--)
                {
                    var operation = _operations[i]!;
                    if ((operation.IsSignaled() || now >= operation.Deadline || (liveness && operation.WatchesPeers && operation.PeerMayBeGone()))
                        && operation.TryClaim())
                    {
                        RemoveAt(operation);
                        fired.Add(operation);
                    }
                }
            }

            foreach (var operation in fired)
            {
                ThreadPool.UnsafeQueueUserWorkItem(operation, preferLocal: false);
            }

            fired.Clear();
        }
    }
}
