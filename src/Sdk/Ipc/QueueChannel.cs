using System.Runtime.CompilerServices;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Ipc;

/// <summary>
/// The typed, process-local side of a queue: its segment, its ring, and the marshalling of items. Shared by
/// <see cref="ProcessQueue{T}"/>, <see cref="JoinableProcessQueue{T}"/> and <see cref="SimpleProcessQueue{T}"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed unsafe class QueueChannel<T>
{
    private const int DropSendBufferAbove = 1 << 20;
    private readonly SharedMemoryBlock _block;
    private readonly SharedRing _ring;
    private readonly string _kind;
    private int _closed;
    private bool _isProducer;
    private bool _asyncUsed;
    private Exception? _completionError;

    private QueueChannel(SharedMemoryBlock block, string kind)
    {
        _block = block;
        _kind = kind;
        _ring = new SharedRing(block.Pointer, block.Name);
    }

    internal string Name => _block.Name;

    internal SharedRing Ring => _ring;

    internal bool IsClosed => Volatile.Read(ref _closed) != 0;

    internal static QueueChannel<T> Create(string kind, int maxSize, int bufferSize, int flags)
    {
        EnsureSupported(kind);
        if (maxSize < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSize), maxSize, "maxSize must be 0 (no limit on the number of items) or positive.");
        }

        int capacity = SharedRing.CapacityFor(bufferSize);
        var block = SharedMemoryBlock.CreateReserved(SharedRing.SizeFor(capacity), $"a queue's ring of {capacity:N0} bytes");
        SharedRing.Initialize(block.Pointer, capacity, maxSize, flags);
        return new QueueChannel<T>(block, kind);
    }

    internal static QueueChannel<T> Attach(string kind, string name, int flags)
    {
        EnsureSupported(kind);
        var block = SharedMemoryBlock.Attach(name);
        try
        {
            var channel = new QueueChannel<T>(block, kind);
            if ((channel._ring.Flags & SharedRing.FlagJoinable) != (flags & SharedRing.FlagJoinable))
            {
                throw new InvalidOperationException($"Shared memory '{name}' holds a {((channel._ring.Flags & SharedRing.FlagJoinable) != 0 ? "joinable" : "non-joinable")} queue; attach to it with the matching queue type.");
            }

            return channel;
        }
        catch
        {
            block.Dispose();
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    internal RingStatus Put(T item, long deadline, CancellationToken cancellationToken = default)
    {
        using var pin = Pin();
        if (cancellationToken.CanBeCanceled)
        {
            using var registration = _ring.WakeOnCancel(cancellationToken);
            return Write(item, deadline, cancellationToken, out _);
        }

        return Write(item, deadline, default, out _);
    }

    /// <summary>Puts without waiting (the caller holds a pin): for an async put.</summary>
    internal RingStatus WriteNow(T item, out bool lockBusy) => Write(item, 0, default, out lockBusy);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RingStatus Write(T item, long deadline, CancellationToken cancellationToken, out bool lockBusy)
    {
        if (!_isProducer)
        {
            BecomeProducer();
        }

        var writer = SendBuffer.Rent();
        Marshaller<T>.Default.Write(writer, item);
        var status = _ring.Write(writer.WrittenSpan, default, deadline, cancellationToken, out lockBusy);
        if (writer.Length > DropSendBufferAbove)
        {
            SendBuffer.Drop();
        }

        return status;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    internal RingStatus TryGet(out T item, long deadline, CancellationToken cancellationToken = default)
    {
        using var pin = Pin();
        if (cancellationToken.CanBeCanceled)
        {
            using var registration = _ring.WakeOnCancel(cancellationToken);
            return Read(out item, deadline, cancellationToken, out _);
        }

        return Read(out item, deadline, default, out _);
    }

    /// <summary>Takes an item without waiting (the caller holds a pin): for an async get.</summary>
    internal RingStatus ReadNow(out T item, out bool lockBusy) => Read(out item, 0, default, out lockBusy);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RingStatus Read(out T item, long deadline, CancellationToken cancellationToken, out bool lockBusy)
    {
        var sink = default(ScratchSink);
        var status = _ring.Read(ref sink, deadline, cancellationToken, out lockBusy);
        item = status == RingStatus.Ok ? sink.Read<T>("queue", Name) : default!;
        return status;
    }

    /// <summary>
    /// Keeps the mapping alive for one operation, so that a <see cref="Close"/> on another thread never unmaps the
    /// memory under it (the mapping goes when the last pin does).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The handle was closed.</exception>
    internal SharedMemoryBlock.MappingPin Pin()
    {
        ThrowIfClosed();
        try
        {
            return _block.Pin();
        }
        catch (ObjectDisposedException)
        {
            ThrowIfClosed(); // closed between the check and the pin
            throw;
        }
    }

    /// <summary>Takes the next item; while there is none, a <see cref="FutexWaiter"/> thread sleeps on the ring for it.</summary>
    internal ValueTask<T> GetAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<T>(cancellationToken);
        }

        _asyncUsed = true;
        return RingWaitOperation<QueueGetAttempt<T>, T>.Start(new(this), Pin(), cancellationToken);
    }

    /// <summary>Puts an item; while there is no room, a <see cref="FutexWaiter"/> thread sleeps on the ring for it.</summary>
    internal ValueTask<bool> PutAsync(T item, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        _asyncUsed = true;
        return RingWaitOperation<QueuePutAttempt<T>, bool>.Start(new(this, item), Pin(), cancellationToken);
    }

    /// <summary>Waits until every task of a joinable queue is done, on a <see cref="FutexWaiter"/> thread.</summary>
    internal ValueTask<bool> JoinAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        _asyncUsed = true;
        return RingWaitOperation<QueueConditionAttempt<T>, bool>.Start(new(this, join: true), Pin(), cancellationToken);
    }

    /// <summary>Waits until the queue is completed and drained, on a <see cref="FutexWaiter"/> thread.</summary>
    internal ValueTask<bool> CompletionAsync(CancellationToken cancellationToken)
    {
        _asyncUsed = true;
        return RingWaitOperation<QueueConditionAttempt<T>, bool>.Start(new(this, join: false), Pin(), cancellationToken);
    }

    /// <summary>Completes the queue (every process sees it); false when it was completed already.</summary>
    internal bool Complete(Exception? error)
    {
        using var pin = Pin();
        if (error is not null)
        {
            _completionError = error;
        }

        return _ring.Complete(error is null ? null : $"{error.GetType().FullName}: {error.Message}");
    }

    /// <summary>The exception a failed operation ends with, for a status other than Ok and TimedOut.</summary>
    internal Exception ExceptionFor(RingStatus status) => status switch
    {
        RingStatus.Completed => CompletedException(),
        RingStatus.ProducersGone => new QueueCompletedException(
            $"{_kind} '{Name}' is empty and every process that put into it died without completing it (Complete()) or closing it: nothing more can come."),
        RingStatus.Canceled => new OperationCanceledException(),
        _ => new InvalidOperationException($"{_kind} '{Name}': unexpected state {status}."),
    };

    /// <summary>The exception for a get on a completed, drained queue (or a put on a completed one).</summary>
    internal QueueCompletedException CompletedException()
    {
        string? error = _ring.CompletionError;
        return error is null
            ? new QueueCompletedException($"{_kind} '{Name}' was completed (Complete()) and no item is left.")
            : new QueueCompletedException($"{_kind} '{Name}' was completed with an error: {error}", _completionError);
    }

    internal void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            if (_asyncUsed && _block.TryPin(out var wakePin))
            {
                using (wakePin)
                {
                    _ring.WakeEveryone(); // this handle's pending async waits end (closed); others look and sleep again
                }
            }

            if (_isProducer && !QueueProducers.HasOther(this, Name) && _block.TryPin(out var pin))
            {
                using (pin)
                {
                    _ring.RemoveProducer(); // a closed producer is not a dead one (unless another handle here still puts)
                }
            }

            QueueProducers.Remove(this);

            _block.Dispose(); // pinned operations in flight keep the mapping until they end
        }
    }

    private void BecomeProducer()
    {
        _ring.AddProducer();
        _isProducer = true;
        QueueProducers.Add(this, Name, ForgetProducer);
    }

    /// <summary>A normal exit is not a death: consumers keep waiting for other producers, as they did before.</summary>
    private void ForgetProducer()
    {
        if (!IsClosed && _block.TryPin(out var pin))
        {
            using (pin)
            {
                _ring.RemoveProducer();
            }
        }
    }

    internal void ThrowIfClosed()
    {
        if (IsClosed)
        {
            throw new ObjectDisposedException(_kind, $"{_kind} '{Name}' was closed in this process; its items are still there for the other processes.");
        }
    }

    private static void EnsureSupported(string kind)
    {
        if (!Interop.Futex.IsSupported)
        {
            throw new PlatformNotSupportedException($"{kind} needs Linux on x64 (shared memory with futex); other platforms are not supported yet.");
        }
    }
}
