using Multiprocessing.Diagnostics;

namespace Multiprocessing.Pool;

/// <summary>
/// Runs user callbacks on the thread pool, never on a worker's reader thread (a callback that blocks, or submits and
/// waits for more work, would otherwise stall that worker's results), and so that a throwing callback never takes
/// the pool down.
/// </summary>
internal static class PoolCallbacks
{
    internal static void Invoke<T>(Action<T>? callback, T value)
    {
        if (callback is null)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static state => Run(state.callback, state.value), (callback, value), preferLocal: false);
    }

    private static void Run<T>(Action<T> callback, T value)
    {
        try
        {
            callback(value);
        }
        catch (Exception ex)
        {
            MultiprocessingEventSource.Log.CallbackFailed("A ProcessPool callback", ex.ToString());
        }
    }
}
