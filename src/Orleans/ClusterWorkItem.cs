using System.Runtime.InteropServices;
using Multiprocessing.Pool;

namespace Multiprocessing.Orleans;

/// <summary>
/// One task of a <see cref="ClusterPool"/>: the pool task a local pool would send a worker (an apply or a map chunk,
/// which completes the caller's result), the request that carries its bytes, and where it has been.
/// </summary>
internal sealed class ClusterWorkItem(PoolTask task, ClusterTaskRequest request, bool idempotent, CancellationToken cancellationToken)
{
    /// <summary>The caller's token: it also cancels the task in the silo that holds it (<see cref="IPoolWorkerGrain.Cancel"/>).</summary>
    internal CancellationToken CancellationToken { get; } = cancellationToken;

    internal PoolTask Task { get; } = task;

    internal ClusterTaskRequest Request { get; } = request;

    internal bool Idempotent { get; } = idempotent;

    /// <summary>Bumped each time the item is sent or taken back: an answer for an older attempt is ignored.</summary>
    internal int Attempt { get; set; }

    internal int Retries { get; set; }

    internal SiloState? Silo { get; set; }

    /// <summary>Silos this item must not go to again (lost it, or refused it).</summary>
    internal HashSet<string> Excluded { get; } = [];

    internal static byte[] PayloadOf(PoolTask task)
    {
        var prefix = task.PayloadPrefix;
        var payload = task.Payload;
        if (prefix.IsEmpty && MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length)
        {
            return segment.Array;
        }

        var bytes = new byte[prefix.Length + payload.Length];
        prefix.Span.CopyTo(bytes);
        payload.Span.CopyTo(bytes.AsSpan(prefix.Length));
        return bytes;
    }
}
