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

    /// <summary>
    /// Once <paramref name="task"/> ends, calls <paramref name="callback"/> with its result, or
    /// <paramref name="errorCallback"/> with its exception (an <see cref="OperationCanceledException"/> saying
    /// <paramref name="cancelledMessage"/> when it was cancelled), as <see cref="Invoke{T}"/> does.
    /// </summary>
    internal static void InvokeWhenDone<T>(Task<T> task, Action<T>? callback, Action<Exception>? errorCallback, string cancelledMessage)
    {
        if (callback is null && errorCallback is null)
        {
            return;
        }

        task.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    Invoke(callback, t.Result);
                }
                else
                {
                    Invoke(errorCallback, t.IsCanceled ? new OperationCanceledException(cancelledMessage) : t.Exception!.InnerException!);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
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
