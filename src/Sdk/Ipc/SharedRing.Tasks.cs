using System.Diagnostics;
using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>The unfinished-task count of a joinable queue.</summary>
internal sealed unsafe partial class SharedRing
{
    /// <summary>Counts a message as an unfinished task (before it is published).</summary>
    private void CountPut(int delta)
    {
        Volatile.Write(ref _h->PutCount, _h->PutCount + delta);
        if ((Flags & FlagJoinable) != 0)
        {
            if (delta > 0)
            {
                Interlocked.Increment(ref _h->Unfinished);
            }
            else
            {
                DropTask();
            }
        }
    }

    private void DropTask()
    {
        if ((Flags & FlagJoinable) != 0)
        {
            TaskDone();
        }
    }

    /// <summary>Marks one task done; false when there was none.</summary>
    internal bool TaskDone()
    {
        ref int unfinished = ref _h->Unfinished;
        while (true)
        {
            int current = Volatile.Read(ref unfinished);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref unfinished, current - 1, current) == current)
            {
                if (current == 1 && Volatile.Read(ref _h->UnfinishedSleepers) > 0)
                {
                    Futex.Wake(&_h->Unfinished, int.MaxValue);
                }

                return true;
            }
        }
    }

    /// <summary>Waits until every task put was marked done.</summary>
    internal bool JoinTasks(long deadline, CancellationToken cancellationToken = default)
    {
        ref int unfinished = ref _h->Unfinished;
        while (true)
        {
            int current = Volatile.Read(ref unfinished);
            if (current == 0)
            {
                return true;
            }

            cancellationToken.ThrowIfCancellationRequested();

            long now = Stopwatch.GetTimestamp();
            if (now >= deadline)
            {
                return false;
            }

            Interlocked.Increment(ref _h->UnfinishedSleepers);
            Futex.Wait(&_h->Unfinished, current, SpinPolicy.SleepFor(deadline, now));
            Interlocked.Decrement(ref _h->UnfinishedSleepers);
        }
    }
}
