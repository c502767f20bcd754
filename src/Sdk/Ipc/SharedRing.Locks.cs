using System.Diagnostics;
using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>The producers' and consumers' lock words, the wake-ups, and the invariant checks of Debug builds.</summary>
internal sealed unsafe partial class SharedRing
{
    private static bool AcquireLock(int* lockWord, int* waiters, long deadline, out bool abandoned, CancellationToken cancellationToken = default)
    {
        abandoned = false;
        ref int word = ref *lockWord;
        int me = ProcessIdentity.Token;
        if (Interlocked.CompareExchange(ref word, me, 0) == 0)
        {
            return true;
        }

        long spinUntil = 0;
        while (true)
        {
            int holder = Volatile.Read(ref word);
            if (holder == 0)
            {
                if (Interlocked.CompareExchange(ref word, me, 0) == 0)
                {
                    return true;
                }

                continue;
            }

            long now = Stopwatch.GetTimestamp();
            if (SpinOnce(ref spinUntil, now, deadline))
            {
                continue;
            }

            if (holder != me && !SyncWait.IsAlive(holder) && Interlocked.CompareExchange(ref word, me, holder) == holder)
            {
                abandoned = true;
                return true;
            }

            if (now >= deadline || cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            Interlocked.Increment(ref *waiters);
            Futex.Wait(lockWord, holder, SpinPolicy.SleepFor(deadline, now));
            Interlocked.Decrement(ref *waiters);
        }
    }

    private static void ReleaseLock(int* word, int* waiters)
    {
        Debug.Assert(Volatile.Read(ref *word) == ProcessIdentity.Token, "A ring lock is released only by a thread of the process that holds it.");
        Interlocked.Exchange(ref *word, 0);
        if (Volatile.Read(ref *waiters) > 0)
        {
            Futex.Wake(word, 1);
        }
    }

    /// <summary>
    /// One round of a bounded spin before a wait's slow checks and its sleep: true (after a short pause) while the spin
    /// budget (<see cref="SpinPolicy.SpinTicks"/>, started by the first call) and the deadline last.
    /// </summary>
    private static bool SpinOnce(ref long spinUntil, long now, long deadline)
    {
        if (spinUntil == 0)
        {
            spinUntil = now + SpinPolicy.SpinTicks;
        }

        if (now < spinUntil && now < deadline)
        {
            Thread.SpinWait(4);
            return true;
        }

        return false;
    }

    /// <summary>After publishing data: wakes sleeping readers, unless a local poller is reading (it needs no wake-up).</summary>
    private void WakeReadersIfSleeping()
    {
        if (Volatile.Read(ref _h->DataSleepers) != 0 && Volatile.Read(ref _h->Pollers) == 0)
        {
            Interlocked.Increment(ref _h->DataSeq);
            Futex.Wake(&_h->DataSeq, int.MaxValue);
        }
    }

    private static void WakeIfSleeping(int* sequence, int* sleepers)
    {
        if (Volatile.Read(ref *sleepers) != 0)
        {
            Interlocked.Increment(ref *sequence);
            Futex.Wake(sequence, int.MaxValue);
        }
    }

    /// <summary>
    /// Debug builds: checks what must hold at the end of every operation that changes the ring, while the caller still
    /// holds the lock of <paramref name="producerSide"/> (as Channels' <c>AssertInvariants</c>). The caller's own end is
    /// stable then and is read first, so the other side's moves cannot make a true invariant look false: the tail never
    /// passes the head, the head never runs more than the capacity ahead of the tail.
    /// </summary>
    [Conditional("DEBUG")]
    private void AssertInvariants(bool producerSide)
    {
        int* lockWord = producerSide ? &_h->ProducerLock : &_h->ConsumerLock;
        Debug.Assert(Volatile.Read(ref *lockWord) == ProcessIdentity.Token, $"Ring '{_name}': the {(producerSide ? "producers'" : "consumers'")} lock is not held by this process.");
        long head, tail;
        if (producerSide)
        {
            head = Volatile.Read(ref _h->Head);
            tail = Volatile.Read(ref _h->Tail);
        }
        else
        {
            tail = Volatile.Read(ref _h->Tail);
            head = Volatile.Read(ref _h->Head);
        }

        Debug.Assert(tail <= head, $"Ring '{_name}': the tail ({tail}) passed the head ({head}).");
        Debug.Assert(head - tail <= Capacity, $"Ring '{_name}': the head ({head}) is more than the capacity ({Capacity}) ahead of the tail ({tail}).");
        Debug.Assert(_h->Capacity == Capacity && (Capacity & (Capacity - 1)) == 0, $"Ring '{_name}': the header's capacity ({_h->Capacity}) changed.");
        Debug.Assert(Volatile.Read(ref _h->Completion) is Open or CompletedOk or CompletedWithError, $"Ring '{_name}': completion word {_h->Completion}.");
        int writing = Volatile.Read(ref _h->Writing), reading = Volatile.Read(ref _h->Reading);
        Debug.Assert(writing is 0 or 1 && reading is 0 or 1, $"Ring '{_name}': streaming flags {writing}/{reading}.");
        Debug.Assert(!producerSide || writing != 0 || (head & 7) == 0, $"Ring '{_name}': no message is being streamed in, yet the head ({head}) is not at a frame boundary.");
    }
}
