using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing;

public sealed partial class ProcessPool
{
    /// <summary>
    /// Runs a task whose bytes were marshalled by another process (a cluster client): <paramref name="payload"/> is a
    /// target's marshalled arguments (<paramref name="batch"/> false) or a map chunk (true), exactly what
    /// <see cref="ProcessPoolExtensions.ApplyAsync{TResult}(IProcessPool, Func{TResult}, Action{TResult}?, Action{Exception}?, CancellationToken)"/> or a map
    /// would send a worker. The target is found by id (and its assembly, among the app's own), as a worker finds it.
    /// </summary>
    /// <param name="targetId">The target's stable id.</param>
    /// <param name="assemblyName">The full name of the assembly that declares it (null: look it up by id only).</param>
    /// <param name="batch">Whether <paramref name="payload"/> is a map chunk.</param>
    /// <param name="payload">The marshalled arguments or chunk.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet.</param>
    /// <returns>The marshalled result (or the chunk's results).</returns>
    /// <exception cref="ProcessException">No such target in this process, or it cannot be mapped.</exception>
    internal Task<byte[]> SubmitRaw(string targetId, string? assemblyName, bool batch, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var descriptor = TargetResolver.Resolve(targetId, assemblyName);
        if (batch && descriptor.Batch is null)
        {
            throw new ProcessException($"The target '{targetId}' cannot be mapped: a mapped target must return a value and take 1 to 4 parameters.");
        }

        var task = new RawTask(descriptor, batch ? PoolTask.BatchKind : PoolTask.ApplyKind, payload, cancellationToken);
        Submit([task]);
        return task.Completion;
    }
}
