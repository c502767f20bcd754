using Multiprocessing.Ipc;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>One unit of work the pool sends to a worker: an apply call or a chunk of a map.</summary>
internal abstract class PoolTask(TargetDescriptor target, byte kind, ReadOnlyMemory<byte> payload)
{
    internal const byte ApplyKind = 0;
    internal const byte BatchKind = 1;

    internal TargetDescriptor Target { get; } = target;

    internal byte Kind { get; } = kind;

    internal ReadOnlyMemory<byte> Payload { get; } = payload;

    /// <summary>A few bytes sent before <see cref="Payload"/> (a chunk's count when the payload is a view of the caller's array).</summary>
    internal ReadOnlyMemory<byte> PayloadPrefix { get; init; }

    /// <summary>Set when the task is sent to a worker.</summary>
    internal long Id { get; set; }

    /// <summary>The worker the task was sent to (null while it is pending); a caller waiting for the result polls its ring.</summary>
    internal volatile PoolWorkerProcess? Worker;

    /// <summary>The caller cancelled the task after it was sent: its worker was asked to cancel the target's token (guarded by the pool's lock).</summary>
    internal bool CancelRequested { get; set; }

    /// <summary>The map operation this task is a chunk of, or null (an apply task).</summary>
    internal virtual object? Operation => null;

    /// <summary>True when nobody waits for the task any more (cancelled, or its map already failed): it is not sent.</summary>
    internal abstract bool IsAbandoned { get; }

    /// <summary>Completes the task with the worker's marshalled result (read at once: the bytes may lie in the ring).</summary>
    internal abstract void Complete(ReadOnlySpan<byte> result);

    /// <summary>Fails the task.</summary>
    internal abstract void Fail(Exception error);

    /// <summary>
    /// A caller is about to block for this task: poll the worker's results for a few microseconds first, which
    /// catches a quick task's result without any blocking wake-up (see <see cref="PoolWorkerProcess.PollFor"/>).
    /// </summary>
    /// <param name="timeout">The caller's timeout; the polling never outlasts it.</param>
    internal void PollBeforeBlocking(TimeSpan? timeout)
    {
        if (SpinPolicy.PollTicks == 0 || Worker is not { } worker)
        {
            return;
        }

        long now = System.Diagnostics.Stopwatch.GetTimestamp();
        long until = now + SpinPolicy.PollTicks;
        if (timeout is { } t && t != Timeout.InfiniteTimeSpan && t >= TimeSpan.Zero)
        {
            until = Math.Min(until, now + (long)(t.TotalSeconds * System.Diagnostics.Stopwatch.Frequency));
        }

        worker.PollFor(this, until);
    }
}
