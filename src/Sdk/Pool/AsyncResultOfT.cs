using System.Runtime.CompilerServices;

namespace Multiprocessing;

/// <summary>The pending result of a pool task that returns a <typeparamref name="T"/>; awaitable.</summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class AsyncResult<T> : AsyncResult
{
    internal AsyncResult(Task<T> completion)
        : base(completion) => TypedCompletion = completion;

    /// <summary>A task that completes with the result.</summary>
    public Task<T> TypedCompletion { get; }

    /// <summary>Waits for the task and returns its result (Python's <c>get(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <returns>The result.</returns>
    /// <exception cref="TimeoutException">The task did not finish in time.</exception>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    public new T Get(TimeSpan? timeout = null)
    {
        WaitOrThrow(timeout);
        return TypedCompletion.GetAwaiter().GetResult();
    }

    /// <summary>Lets <c>await</c> return the result.</summary>
    /// <returns>The awaiter.</returns>
    public new TaskAwaiter<T> GetAwaiter() => TypedCompletion.GetAwaiter();
}
