using System.Runtime.CompilerServices;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// One value of an unmanaged type in shared memory (Python's <c>multiprocessing.Value(typecode, v)</c>): every process
/// that holds it sees the same value. For <see cref="int"/> and <see cref="long"/> it also has atomic operations that
/// work across processes (no lock needed for a shared counter). Created with a lock, it carries a
/// <see cref="ProcessRLock"/> in the same memory (Python's <c>get_lock()</c>).
/// </summary>
/// <remarks>
/// <para>Python's <c>Value</c> has a lock unless given <c>lock=False</c>; here <see cref="Create(T)"/> makes a value
/// without one (Python's <c>RawValue</c>, or <c>Value(..., lock=False)</c>) and <see cref="Create(T, bool)"/> with
/// <c>withLock: true</c> one with. The lock is a <see cref="ProcessRLock"/>, re-entrant like CPython's default. It is
/// not taken by <see cref="Value"/>'s getter and setter (each is one fenced read or write); take it around
/// read-modify-write sequences: <c>using (v.GetLock().Lock()) v.Value += 1;</c>.</para>
/// <para>The memory holds a 32-byte header (a magic number, the flags, the lock, the value's size) and then the value,
/// so <see cref="Attach"/> finds the lock too and refuses a block of another kind or size. Only the name travels to a
/// <see cref="ProcessTargetAttribute"/> method.</para>
/// </remarks>
/// <typeparam name="T">The value's type.</typeparam>
public sealed unsafe class SharedValue<T> : IDisposable, IProcessHandle<SharedValue<T>> where T : unmanaged
{
    /// <summary>Where the value starts in the block.</summary>
    internal const int HeaderSize = SharedValueHeader.Size;
    private ProcessRLock? _lock;

    private SharedValue(SharedMemoryBlock block) => Block = block;

    /// <summary>The shared memory under the value (the value starts after a 32-byte header).</summary>
    public SharedMemoryBlock Block { get; }

    /// <summary>Whether the value was created with a lock (see <see cref="GetLock"/>).</summary>
    public bool HasLock => (((SharedValueHeader*)Block.Pointer)->Flags & EmbeddedLock.Flag) != 0;

    /// <summary>The value, read and written with full fences (other processes see a write at once).</summary>
    public T Value
    {
        get
        {
            T value = Reference;
            Interlocked.MemoryBarrier();
            return value;
        }

        set
        {
            Interlocked.MemoryBarrier();
            Reference = value;
            Interlocked.MemoryBarrier();
        }
    }

    private ref T Reference => ref *(T*)(Block.Pointer + HeaderSize);

    /// <summary>Creates a shared value without a lock, owned by this process (Python's <c>RawValue</c>).</summary>
    /// <param name="initial">The initial value.</param>
    /// <returns>The shared value.</returns>
    public static SharedValue<T> Create(T initial = default) => Create(initial, withLock: false);

    /// <summary>
    /// Creates a shared value, owned by this process, with a lock in the same memory when <paramref name="withLock"/>
    /// (Python's <c>Value(typecode, initial, lock=True)</c>).
    /// </summary>
    /// <param name="initial">The initial value.</param>
    /// <param name="withLock">Whether the value carries a <see cref="ProcessRLock"/> (see <see cref="GetLock"/>).</param>
    /// <returns>The shared value.</returns>
    /// <exception cref="PlatformNotSupportedException">A lock was asked for where there is no futex (only Linux on x64).</exception>
    public static SharedValue<T> Create(T initial, bool withLock)
    {
        if (withLock)
        {
            SyncWait.EnsureSupported("The lock of a SharedValue");
        }

        var block = SharedMemoryBlock.CreateReserved(HeaderSize + Math.Max(sizeof(T), sizeof(long)), "a shared value");
        ((SharedValueHeader*)block.Pointer)->Flags = withLock ? EmbeddedLock.Flag : 0;
        ((SharedValueHeader*)block.Pointer)->ElementSize = sizeof(T);
        SegmentHeader.Stamp(block, SegmentHeader.Value);
        var value = new SharedValue<T>(block);
        value.Value = initial;
        return value;
    }

    /// <summary>Maps the shared value named <paramref name="name"/> (from <see cref="SharedMemoryBlock.Name"/>), with its lock if it has one.</summary>
    /// <param name="name">The name of the value's block.</param>
    /// <returns>The shared value, not owned by this process.</returns>
    /// <exception cref="FileNotFoundException">No block has that name (its owner disposed it or exited).</exception>
    /// <exception cref="ArgumentException">The block does not hold a shared value, or holds one of another size.</exception>
    public static SharedValue<T> Attach(string name)
    {
        var block = SharedMemoryBlock.Attach(name);
        SegmentHeader.Check(block, SegmentHeader.Value, $"SharedValue<{typeof(T).Name}>", HeaderSize + sizeof(T));
        int size = ((SharedValueHeader*)block.Pointer)->ElementSize;
        if (size != sizeof(T))
        {
            block.Dispose();
            throw new ArgumentException($"Shared value '{name}' holds a value of {size} bytes, not a {typeof(T).Name} ({sizeof(T)} bytes).", nameof(name));
        }

        return new SharedValue<T>(block);
    }

    /// <summary>
    /// The lock that lives with the value (Python's <c>get_lock()</c>): a <see cref="ProcessRLock"/>, the same object on
    /// every call, usable in every process that holds the value. It is no longer usable once the value is disposed.
    /// </summary>
    /// <returns>The lock.</returns>
    /// <exception cref="InvalidOperationException">The value was created without a lock.</exception>
    public ProcessRLock GetLock() =>
        _lock ?? (HasLock
            ? EmbeddedLock.Open(ref _lock, Block)
            : throw new InvalidOperationException($"Shared value '{Block.Name}' was created without a lock: create it with SharedValue<{typeof(T).Name}>.Create(initial, withLock: true)."));

    /// <summary>Atomically adds <paramref name="amount"/> (for <see cref="int"/> and <see cref="long"/> values) and returns the new value.</summary>
    /// <param name="amount">What to add.</param>
    /// <returns>The value after the addition.</returns>
    /// <exception cref="NotSupportedException">The value is not an int or a long.</exception>
    public T Add(T amount)
    {
        if (typeof(T) == typeof(int))
        {
            int result = Interlocked.Add(ref Unsafe.As<T, int>(ref Reference), Unsafe.As<T, int>(ref amount));
            return Unsafe.As<int, T>(ref result);
        }

        if (typeof(T) == typeof(long))
        {
            long result = Interlocked.Add(ref Unsafe.As<T, long>(ref Reference), Unsafe.As<T, long>(ref amount));
            return Unsafe.As<long, T>(ref result);
        }

        throw new NotSupportedException($"Atomic Add works on int and long shared values, not on {typeof(T).Name}.");
    }

    /// <summary>Unmaps the value (and its lock); the owner also removes it.</summary>
    public void Dispose() => Block.Dispose();

    /// <inheritdoc />
    string IProcessHandle<SharedValue<T>>.Name => Block.Name;

    /// <inheritdoc />
    static SharedValue<T> IProcessHandle<SharedValue<T>>.Attach(string name, ref MarshalReader data) => Attach(name);
}
