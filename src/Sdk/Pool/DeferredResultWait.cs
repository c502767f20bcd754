namespace Multiprocessing.Pool;

/// <summary>
/// Python's <c>wait</c> and <c>get</c>, shared by <see cref="AsyncResult"/> and <see cref="AsyncResult{T}"/>: they poll the
/// worker first, as a blocked caller may (the poll ends the result on the caller's thread), then wait on the inner task
/// when there is one, and leave the result ended as well before they return.
/// </summary>
internal static class DeferredResultWait
{
    internal static bool Wait(Task result, Task? inner, PoolTask? source, TimeSpan? timeout)
    {
        var task = inner ?? result;
        if (!task.IsCompleted)
        {
            source?.PollBeforeBlocking(timeout);
        }

        bool done;
        try
        {
            done = task.Wait(timeout ?? Timeout.InfiniteTimeSpan);
        }
        catch (AggregateException)
        {
            done = true;
        }

        if (done && inner is not null && !result.IsCompleted)
        {
            EnsureReleased(result);
        }

        return done;
    }

    internal static void WaitOrThrow(Task result, Task? inner, PoolTask? source, TimeSpan? timeout)
    {
        if (!Wait(result, inner, source, timeout))
        {
            throw new TimeoutException($"The pool task did not finish within {timeout}: wait longer, or await the result instead of blocking.");
        }
    }

    /// <summary>
    /// The inner task has finished but the result not yet (its continuation is still running on the thread that finished
    /// it, or was queued): end it here, or wait the moment that other thread needs, so Status agrees with Get.
    /// </summary>
    private static void EnsureReleased(Task result)
    {
        ((IDeferredResult)result).Release();
        var spin = default(SpinWait);
        while (!result.IsCompleted)
        {
            spin.SpinOnce();
        }
    }
}
