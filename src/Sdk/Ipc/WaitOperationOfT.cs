using System.Diagnostics;
using System.Threading.Tasks.Sources;

namespace Multiprocessing.Ipc;

/// <summary>
/// One pending async wait on a word in shared memory (a queue's data or space sequence word, a lock word, an event's
/// state): the word, the value it held when the waiter went to sleep, and what to do when it changes. A
/// <see cref="FutexWaiter"/> thread sleeps on many of these at once; when one's word changes (or its deadline passes,
/// or its token is cancelled) the operation runs again on the thread pool, which either completes the
/// wait or arms it again.
/// </summary>
/// <remarks>
/// Modelled on System.Threading.Channels' <c>AsyncOperation&lt;T&gt;</c>: the operation is the
/// <see cref="IValueTaskSource{TResult}"/> (a <see cref="ManualResetValueTaskSourceCore{TResult}"/>), reused once its
/// result has been read, so a steady stream of waits allocates no operation objects.
/// </remarks>
/// <typeparam name="TResult">What the wait produces.</typeparam>
internal abstract unsafe class WaitOperation<TResult> : WaitOperation, IValueTaskSource<TResult>
{
    private ManualResetValueTaskSourceCore<TResult> _core = new() { RunContinuationsAsynchronously = true };
    private CancellationTokenRegistration _registration;
    private int _cancelRequested;
    private SharedMemoryBlock.MappingPin _pin;
    private bool _pinned;

    /// <summary>The token of the current wait.</summary>
    protected CancellationToken CancellationToken { get; private set; }

    /// <summary>The version of the current wait, for the <see cref="ValueTask{TResult}"/> handed out.</summary>
    internal short Version => _core.Version;

    /// <summary>Whether the wait's token was cancelled.</summary>
    protected bool CancelRequested => Volatile.Read(ref _cancelRequested) != 0;

    /// <summary>The task of the current wait.</summary>
    internal ValueTask<TResult> Task => new(this, _core.Version);

    /// <summary>
    /// Starts a wait: holds <paramref name="pin"/> (the caller's, handed over) so that the memory stays mapped until the
    /// wait ends, registers the token, then runs the first attempt on the calling thread.
    /// </summary>
    protected void Start(SharedMemoryBlock.MappingPin pin, CancellationToken cancellationToken, long deadline)
    {
        _pin = pin;
        _pinned = true;
        CancellationToken = cancellationToken;
        Deadline = deadline;
        _cancelRequested = 0;
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(static s => ((WaitOperation<TResult>)s!).OnCancel(), this);
        }

        Run();
    }

    /// <summary>
    /// Tries the operation once, without waiting; when it cannot be done, arms the operation (<see cref="WaitOperation.Arm"/>)
    /// and returns false. True: done (the operation called <see cref="SetResult"/> or <see cref="SetException"/>).
    /// </summary>
    protected abstract bool TryComplete();

    /// <summary>Releases what the wait held, before the result is published (the mapping pin goes right after).</summary>
    protected virtual void ReleaseResources()
    {
    }

    /// <summary>Returns the operation to its pool once its result was read.</summary>
    protected virtual void ReturnToPool()
    {
    }

    /// <summary>Ends the wait with a result.</summary>
    protected void SetResult(TResult result)
    {
        Finish();
        _core.SetResult(result);
    }

    /// <summary>Ends the wait with an exception.</summary>
    protected void SetException(Exception exception)
    {
        Finish();
        _core.SetException(exception);
    }

    /// <inheritdoc />
    public sealed override void Execute()
    {
        Disarm();
        Run();
    }

    /// <inheritdoc />
    public TResult GetResult(short token)
    {
        try
        {
            return _core.GetResult(token);
        }
        finally
        {
            _core.Reset();
            ReturnToPool();
        }
    }

    /// <inheritdoc />
    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    /// <inheritdoc />
    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private void Run()
    {
        try
        {
            while (true)
            {
                if (CancelRequested)
                {
                    Disarm();
                    SetException(new OperationCanceledException(CancellationToken));
                    return;
                }

                if (Stopwatch.GetTimestamp() >= Deadline && OnDeadline())
                {
                    return;
                }

                if (TryComplete())
                {
                    return;
                }

                // Armed: hand it to a waiter thread, unless a cancellation came meanwhile.
                FutexWaiter.Register(this);
                if (CancelRequested && TryClaim())
                {
                    Owner?.Remove(this);
                    continue; // the loop ends it as cancelled
                }

                return;
            }
        }
        catch (Exception ex)
        {
            Disarm();
            SetException(ex);
        }
    }

    /// <summary>The deadline passed: ends the wait (true) or lets it try once more (false).</summary>
    protected virtual bool OnDeadline()
    {
        Disarm();
        SetException(new TimeoutException());
        return true;
    }

    private void OnCancel()
    {
        Volatile.Write(ref _cancelRequested, 1);
        if (TryClaim())
        {
            Owner?.Remove(this);
            Disarm();
            SetException(new OperationCanceledException(CancellationToken));
        }
    }

    private void Finish()
    {
        Owner = null;
        _registration.Dispose(); // waits for a callback running on another thread (its claim fails, it returns at once)
        _registration = default;
        ReleaseResources();
        if (_pinned)
        {
            _pinned = false;
            _pin.Dispose();
        }
    }
}
