using Multiprocessing.Ipc;

namespace Multiprocessing;

/// <summary>
/// A pending <see cref="ProcessEvent.WaitAsync(TimeSpan?, CancellationToken)"/>: sleeps on the event's word through
/// the <see cref="FutexWaiter"/> (no thread of its own), ends with true on a Set, false at the deadline.
/// </summary>
internal sealed unsafe class EventWaitOperation : WaitOperation<bool>
{
    private ProcessEvent? _event;
    private int _seen;
    private int* _word;
    private int* _waiters;

    /// <summary>Starts the wait on a word last seen holding <paramref name="seen"/> (the caller's pin is handed over).</summary>
    internal static ValueTask<bool> Start(ProcessEvent processEvent, SharedMemoryBlock.MappingPin pin, int* word, int* waiters, int seen, long deadline, CancellationToken cancellationToken)
    {
        var operation = new EventWaitOperation { _event = processEvent, _seen = seen, _word = word, _waiters = waiters };
        var task = operation.Task;
        operation.Start(pin, cancellationToken, deadline);
        return task;
    }

    /// <inheritdoc />
    internal override bool IsSignaled() => Volatile.Read(ref *Word) != Expected || _event!.IsDisposedForWaiters;

    protected override bool TryComplete()
    {
        if (Volatile.Read(ref *_word) == _seen)
        {
            ObjectDisposedException.ThrowIf(_event!.IsDisposedForWaiters, _event);
            Interlocked.Increment(ref *_waiters); // counted, so that a Set in any process wakes the word
            Arm(_word, _seen, _waiters, watchesPeers: false);
            if (Volatile.Read(ref *_word) == _seen)
            {
                return false;
            }

            Disarm();
        }

        SetResult(true); // a Set happened (the word only moves from an even value by a Set)
        return true;
    }

    protected override bool OnDeadline()
    {
        if (Volatile.Read(ref *_word) != _seen)
        {
            return false; // set at the last moment: TryComplete reports it
        }

        Disarm();
        SetResult(false);
        return true;
    }

    protected override void ReleaseResources()
    {
        Disarm();
        _event?.AsyncWaiterDone();
        _event = null;
    }
}
