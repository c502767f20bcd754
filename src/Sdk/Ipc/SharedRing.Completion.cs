using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>Completion (no more messages will be written) and waking every sleeper of the ring.</summary>
internal sealed unsafe partial class SharedRing
{
    /// <summary>Whether <see cref="Complete"/> was called (by any process).</summary>
    internal bool IsCompleted => Volatile.Read(ref _h->Completion) != Open;

    /// <summary>Whether the ring was completed and holds no message any more: nothing more will ever be read.</summary>
    internal bool IsCompletedAndDrained => IsCompleted && !IsReadable;

    /// <summary>The error text given to <see cref="Complete"/>, if it was given one.</summary>
    internal string? CompletionError
    {
        get
        {
            if (Volatile.Read(ref _h->Completion) != CompletedWithError)
            {
                return null;
            }

            int length = Math.Clamp(_h->CompletionErrorLength, 0, MaxCompletionErrorBytes);
            return System.Text.Encoding.UTF8.GetString(new ReadOnlySpan<byte>(_h->CompletionError, length));
        }
    }

    /// <summary>
    /// Marks the ring completed (no more messages will be written) and wakes every waiter, in every process; false when
    /// it was completed already. <paramref name="error"/> (truncated to the room in the header) is kept for the readers.
    /// </summary>
    internal bool Complete(string? error)
    {
        ref int word = ref _h->Completion;
        if (error is not null)
        {
            // Written before the word is published; a second, racing Complete cannot overwrite a published text.
            if (Volatile.Read(ref word) != Open)
            {
                return false;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(error);
            int length = Math.Min(bytes.Length, MaxCompletionErrorBytes);
            bytes.AsSpan(0, length).CopyTo(new Span<byte>(_h->CompletionError, length));
            _h->CompletionErrorLength = length;
        }

        if (Interlocked.CompareExchange(ref word, error is null ? CompletedOk : CompletedWithError, Open) != Open)
        {
            return false;
        }

        WakeEveryone();
        return true;
    }

    /// <summary>
    /// Wakes every thread of every process asleep on this ring, whatever it waits for (data, room, a lock, the
    /// unfinished count), so that it looks at the ring's state again: after a completion, or for a cancelled token.
    /// </summary>
    internal void WakeEveryone()
    {
        Interlocked.Increment(ref _h->DataSeq);
        Futex.WakeAll(&_h->DataSeq);
        Interlocked.Increment(ref _h->SpaceSeq);
        Futex.WakeAll(&_h->SpaceSeq);
        Futex.WakeAll(&_h->ConsumerLock);
        Futex.WakeAll(&_h->ProducerLock);
        Futex.WakeAll(&_h->Unfinished);
    }

    /// <summary>Registers a blocking call's token: its cancellation wakes the ring's sleepers so the call sees it.</summary>
    internal CancellationTokenRegistration WakeOnCancel(CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? cancellationToken.UnsafeRegister(static s => ((SharedRing)s!).WakeEveryone(), this) : default;
}
