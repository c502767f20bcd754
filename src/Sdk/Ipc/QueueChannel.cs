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
    internal RingStatus Put(T item, long deadline)
    {
        using var pin = Pin();
        var writer = SendBuffer.Rent();
        Marshaller<T>.Default.Write(writer, item);
        var status = _ring.Write(writer.WrittenSpan, deadline);
        if (writer.Length > DropSendBufferAbove)
        {
            SendBuffer.Drop();
        }

        return status;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    internal RingStatus TryGet(out T item, long deadline)
    {
        using var pin = Pin();
        var sink = default(ScratchSink);
        var status = _ring.Read(ref sink, deadline);
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

    /// <summary>Waits on a dedicated thread in slices, so that cancellation is seen within a slice and no pool thread blocks.</summary>
    internal Task<T> GetAsync(CancellationToken cancellationToken)
    {
        if (TryGet(out var item, 0) == RingStatus.Ok)
        {
            return Task.FromResult(item);
        }

        return SlicedWait.RunAsync(
            () => (TryGet(out var value, SpinPolicy.Deadline(SlicedWait.Slice)) == RingStatus.Ok, value),
            cancellationToken);
    }

    internal Task PutAsync(T item, CancellationToken cancellationToken)
    {
        if (Put(item, 0) == RingStatus.Ok)
        {
            return Task.CompletedTask;
        }

        return SlicedWait.RunAsync(
            () => (Put(item, SpinPolicy.Deadline(SlicedWait.Slice)) == RingStatus.Ok, true),
            cancellationToken);
    }

    internal void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _block.Dispose(); // pinned operations in flight keep the mapping until they end
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
