namespace Multiprocessing.Pool;

/// <summary>Python's <c>wait</c> and <c>get</c> timeouts, shared by <see cref="AsyncResult"/> and <see cref="AsyncResult{T}"/>.</summary>
internal static class DeferredResultWait
{
    internal static bool Wait(Task result, PoolTask? source, TimeSpan? timeout)
    {
        if (!result.IsCompleted)
        {
            source?.PollBeforeBlocking(timeout);
        }

        try
        {
            return result.Wait(timeout ?? Timeout.InfiniteTimeSpan);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    internal static void WaitOrThrow(Task result, PoolTask? source, TimeSpan? timeout)
    {
        if (!Wait(result, source, timeout))
        {
            throw new TimeoutException($"The pool task did not finish within {timeout}: wait longer, or await the result instead of blocking.");
        }
    }
}
