using System.Runtime.CompilerServices;

namespace Multiprocessing;

/// <summary>
/// Holds a lock (or one unit of a semaphore) until disposed: what <c>Lock()</c> and <c>Enter()</c> return, for a
/// <c>using</c> scope (Python's <c>with lock:</c>). Returned by <see cref="ProcessLock.Lock"/>,
/// <see cref="ProcessRLock.Lock"/>, <see cref="ProcessCondition.Lock"/>, <see cref="ProcessSemaphore.Enter"/> and
/// <see cref="ManagedLock.Lock"/>. A struct: <c>using (x.Lock())</c> allocates nothing.
/// </summary>
public readonly struct LockScope : IDisposable
{
    private readonly IReleasable? _held;

    internal LockScope(IReleasable held) => _held = held;

    /// <summary>Acquires <paramref name="held"/>, waiting as long as it takes, and returns the scope that releases it.</summary>
    /// <remarks>Inlined into each <c>Lock()</c>/<c>Enter()</c>, where the type is known: the call is made directly.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LockScope Enter<THeld>(THeld held)
        where THeld : class, IReleasable
    {
        held.Acquire(true, null);
        return new LockScope(held);
    }

    /// <summary>Releases what the scope holds (once per <c>Lock()</c>/<c>Enter()</c>); a default scope releases nothing.</summary>
    public void Dispose() => _held?.Release();
}
