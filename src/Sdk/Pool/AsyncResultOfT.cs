using System.ComponentModel;
using Multiprocessing.Pool;

namespace Multiprocessing;

/// <summary>
/// The pending result of a pool task that returns a <typeparamref name="T"/> (Python's <c>AsyncResult</c>). It
/// <em>is</em> a <see cref="Task{TResult}"/>: <c>await</c> it, assign it to a <see cref="Task{TResult}"/>, pass a list
/// of them to <see cref="Task.WhenAll{TResult}(IEnumerable{Task{TResult}})"/> or
/// <see cref="Task.WhenAny{TResult}(IEnumerable{Task{TResult}})"/>, call
/// <see cref="Task{TResult}.ConfigureAwait(bool)"/> or <see cref="Task{TResult}.WaitAsync(TimeSpan)"/> on it; Python's
/// <see cref="Get"/>, <see cref="Wait"/>, <see cref="Ready"/> and <see cref="Successful"/> work as well.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
/// <remarks>
/// The task ends the way the pool task did: <see cref="TaskStatus.RanToCompletion"/> with the result,
/// <see cref="TaskStatus.Faulted"/> with the target's exception (a <see cref="RemoteProcessException"/> or
/// <see cref="WorkerCrashedException"/>), or <see cref="TaskStatus.Canceled"/> when its cancellation token dropped it.
/// Until then its status is <see cref="TaskStatus.WaitingToRun"/>: the pool, not a thread, runs it, so
/// <see cref="Task.Start()"/> and <see cref="Task.RunSynchronously()"/> throw <see cref="InvalidOperationException"/>.
/// The <see cref="OperationCanceledException.CancellationToken"/> of a cancelled result is the result's own token, not
/// the one passed to the pool. An <see cref="AsyncResult{T}"/> is not an <see cref="AsyncResult"/> (each derives from
/// its own <see cref="Task"/> type); both are <see cref="Task"/>s.
/// </remarks>
public sealed class AsyncResult<T> : Task<T>, IDeferredResult<Task<T>, T>
{
    // One delegate for every result (no closure per call): it runs only inside DeferredResultScheduler.Run, which names
    // the result it runs.
    private static readonly Func<T> Body = static () => ((AsyncResult<T>)DeferredResultScheduler.Running).Outcome();

    private DeferredResultCore<Task<T>, T> _core; // not readonly: its methods change it in place

    /// <summary>A result that mirrors <paramref name="completion"/>.</summary>
    /// <param name="completion">The inner task.</param>
    /// <param name="mayCancel">Whether <paramref name="completion"/> can end cancelled (then the result needs a token of its own).</param>
    internal AsyncResult(Task<T> completion, bool mayCancel = true)
        : this(new DeferredResultCore<Task<T>, T>(completion, mayCancel))
    {
    }

    /// <summary>A result that is its own promise: the pool ends it through <see cref="IPoolPromise{T}"/>.</summary>
    /// <param name="mayCancel">Whether it can be cancelled (its caller passed a token that can be).</param>
    internal AsyncResult(bool mayCancel)
        : this(new DeferredResultCore<Task<T>, T>(null, mayCancel))
    {
    }

    private AsyncResult(DeferredResultCore<Task<T>, T> core)
        : base(Body, core.Token, TaskCreationOptions.RunContinuationsAsynchronously)
    {
        _core = core;
        Start(DeferredResultScheduler.Instance);
    }

    /// <summary>This result itself, which is a <see cref="Task{TResult}"/>; kept for code written before it was one.</summary>
    [Obsolete("An AsyncResult<T> is a Task<T>: await it or assign it to a Task<T> instead of reading TypedCompletion.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<T> TypedCompletion => this;

    /// <summary>This result itself, which is a <see cref="Task{TResult}"/>; kept for code written before it was one.</summary>
    [Obsolete("An AsyncResult<T> is a Task<T>: await it or pass it where a Task is expected instead of reading Completion.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task Completion => this;

    /// <summary>Whether the task has finished (Python's <c>ready()</c>); the same as <see cref="Task.IsCompleted"/>.</summary>
    public bool Ready => _core.IsReady(this);

    /// <summary>Whether the task finished without an exception (Python's <c>successful()</c>).</summary>
    /// <exception cref="InvalidOperationException">The task has not finished yet.</exception>
    public bool Successful => _core.IsSuccessful(this);

    ref DeferredResultCore<Task<T>, T> IDeferredResult<Task<T>, T>.Core => ref _core;

    /// <summary>Waits until the task has finished or the timeout passes (Python's <c>wait(timeout)</c>); never throws the task's exception.</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <returns>Whether the task has finished.</returns>
    public bool Wait(TimeSpan? timeout = null) => _core.Wait(this, timeout);

    /// <summary>Waits for the task and returns its result (Python's <c>get(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <returns>The result.</returns>
    /// <exception cref="TimeoutException">The task did not finish in time.</exception>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="OperationCanceledException">The task's cancellation token dropped it.</exception>
    public T Get(TimeSpan? timeout = null)
    {
        _core.WaitOrThrow(this, timeout);
        return (_core.Inner ?? this).GetAwaiter().GetResult();
    }

    private T Outcome() => _core.Inner is { } inner ? inner.GetAwaiter().GetResult() : _core.SetOutcome();
}
