using System.Collections.Concurrent;

namespace Multiprocessing.Ipc;

/// <summary>
/// The queues this process put into (as recorded in their rings): at a normal exit they are struck off before the
/// process's liveness token dies (<see cref="ProcessIdentity"/> calls <see cref="ForgetAll"/> first), so that
/// consumers never take a normal exit for a death.
/// </summary>
internal static class QueueProducers
{
    private static readonly ConcurrentDictionary<object, (string Queue, Action Forget)> s_forget = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records a queue handle that put into its queue, with how to strike this process off it.</summary>
    internal static void Add(object handle, string queue, Action forget) => s_forget[handle] = (queue, forget);

    /// <summary>Whether another handle of this process put into the queue named <paramref name="queue"/> (it stays recorded then).</summary>
    internal static bool HasOther(object handle, string queue) =>
        s_forget.Any(entry => !ReferenceEquals(entry.Key, handle) && entry.Value.Queue == queue);

    /// <summary>The handle was closed (and struck itself off).</summary>
    internal static void Remove(object handle) => s_forget.TryRemove(handle, out _);

    /// <summary>Strikes this process off every queue it put into: it is exiting normally.</summary>
    internal static void ForgetAll()
    {
        foreach (var (_, forget) in s_forget.Values)
        {
            try
            {
                forget();
            }
            catch (ObjectDisposedException)
            {
                // closed meanwhile: struck off already
            }
        }
    }
}
