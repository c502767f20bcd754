using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>One chunk of a map: items [start, start + count) of the operation.</summary>
internal sealed class ChunkTask<TResult>(TargetDescriptor target, ReadOnlyMemory<byte> chunk, ChunkedOperation<TResult> operation, int index, int start, int count)
    : PoolTask(target, BatchKind, chunk)
{
    internal override bool IsAbandoned => operation.IsFinished;

    internal override object? Operation => operation;

    internal override void Complete(ReadOnlySpan<byte> result) => operation.OnChunk(index, start, count, result);

    internal override void Fail(Exception error) => operation.ChunkFailed(index, error);
}
