// Written by eng/gen_inprocess_overloads.py: edit the script, not this file.
namespace Multiprocessing;

public sealed partial class InProcessPool
{
    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply([ProcessTargetParameter] Action target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Action target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply([ProcessTargetParameter] Func<Task> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply([ProcessTargetParameter] Func<ValueTask> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<TResult> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<Task<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <returns>The target's result, unmarshalled.</returns>
    /// <exception cref="RemoteProcessException">The target threw; the original exception is the inner one.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if no worker has taken it yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);
}
