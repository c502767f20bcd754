// Written by eng/gen_create_overloads.py: edit the script, not this file.
namespace Multiprocessing;

public sealed partial class ProcessPool
{
    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply([ProcessTargetParameter] Action target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Action target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply([ProcessTargetParameter] Func<Task> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply([ProcessTargetParameter] Func<ValueTask> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<TResult> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<Task<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a void target to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value in a worker and waits for it (Python's <c>apply</c>).</summary>
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
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits a target that returns a value to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
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
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a worker and waits for it (Python's <c>apply</c>).</summary>
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
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref="CancellationToken"/> parameter in the worker; the result then fails with <see cref="OperationCanceledException"/> at once. A target still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply([ProcessTargetParameter] Action<CancellationToken> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync([ProcessTargetParameter] Action<CancellationToken> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply([ProcessTargetParameter] Func<CancellationToken, Task> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<CancellationToken, Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply([ProcessTargetParameter] Func<CancellationToken, ValueTask> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<CancellationToken, ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<TResult>([ProcessTargetParameter] Func<CancellationToken, TResult> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<CancellationToken, TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<TResult>([ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<TResult>([ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a void target taking a <see cref="CancellationToken"/> (parameter 8) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a void target taking a <see cref="CancellationToken"/> (parameter 8) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 8) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 8) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 8) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 8) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 8) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits a target that returns a value taking a <see cref="CancellationToken"/> (parameter 8) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 8) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 8) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 8) in a worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 8) to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Cancels the token the target receives in the worker (a task not sent yet is dropped); the result then fails with <see cref="OperationCanceledException"/>. A target that ignores it is stopped with its worker after <see cref="ProcessPoolOptions.CancellationGracePeriod"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);
}
