using System.Runtime.CompilerServices;

namespace Multiprocessing;

/// <summary>
/// The pending result of a task submitted to a <see cref="ProcessPool"/> (Python's <c>AsyncResult</c>). It is also
/// awaitable.
/// </summary>
public class AsyncResult
{
    private protected AsyncResult(Task completion) => Completion = completion;

    /// <summary>The pool task behind this result, whose worker a waiting caller may poll; null when there is none.</summary>
    internal Pool.PoolTask? Source { get; init; }

    /// <summary>A task that completes with the result (the .NET view of the same result).</summary>
    public Task Completion { get; }

    /// <summary>Whether the task has finished (Python's <c>ready()</c>).</summary>
    public bool Ready => Completion.IsCompleted;

    /// <summary>Whether the task finished without an exception (Python's <c>successful()</c>).</summary>
    /// <exception cref="InvalidOperationException">The task has not finished yet.</exception>
    public bool Successful => Ready
        ? Completion.IsCompletedSuccessfully
        : throw new InvalidOperationException("The result is not ready yet: check Ready or Wait() before Successful.");

    /// <summary>Waits until the task has finished or the timeout passes (Python's <c>wait(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <returns>Whether the task has finished.</returns>
    public bool Wait(TimeSpan? timeout = null)
    {
        if (!Completion.IsCompleted)
        {
            Source?.PollBeforeBlocking(timeout);
        }

        try
        {
            return Completion.Wait(timeout ?? Timeout.InfiniteTimeSpan);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    /// <summary>Waits for the task and rethrows its exception, if any (Python's <c>get(timeout)</c> for a task without a result).</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <exception cref="TimeoutException">The task did not finish in time.</exception>
    public void Get(TimeSpan? timeout = null)
    {
        WaitOrThrow(timeout);
        Completion.GetAwaiter().GetResult();
    }

    /// <summary>Lets <c>await</c> wait for the task.</summary>
    /// <returns>The awaiter.</returns>
    public TaskAwaiter GetAwaiter() => Completion.GetAwaiter();

    private protected void WaitOrThrow(TimeSpan? timeout)
    {
        if (!Wait(timeout))
        {
            throw new TimeoutException($"The pool task did not finish within {timeout}.");
        }
    }
}
