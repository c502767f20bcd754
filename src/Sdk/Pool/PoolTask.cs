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

    /// <summary>Set when the task is sent to a worker.</summary>
    internal long Id { get; set; }

    /// <summary>True when nobody waits for the task any more (cancelled, or its map already failed): it is not sent.</summary>
    internal abstract bool IsAbandoned { get; }

    /// <summary>Completes the task with the worker's marshalled result.</summary>
    internal abstract void Complete(ReadOnlyMemory<byte> result);

    /// <summary>Fails the task.</summary>
    internal abstract void Fail(Exception error);
}
