// Written by eng/gen_create_overloads.py: edit the script, not this file.
namespace Multiprocessing;

public partial interface IProcessPool
{
    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply([ProcessTargetParameter] Action target);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync([ProcessTargetParameter] Action target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply([ProcessTargetParameter] Func<Task> target);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync([ProcessTargetParameter] Func<Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply([ProcessTargetParameter] Func<ValueTask> target);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync([ProcessTargetParameter] Func<ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<TResult>([ProcessTargetParameter] Func<TResult> target);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<TResult>([ProcessTargetParameter] Func<Task<TResult>> target);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument.</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <returns>The target's result.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <exception cref="RemoteProcessException">The target threw in the worker.</exception>
    /// <exception cref="WorkerCrashedException">The worker died while it held the task.</exception>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>
    /// <param name="callback">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>
    /// <param name="errorCallback">Called with the exception when the task fails.</param>
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a void target in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args);

    /// <summary>Submits a void target to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args);

    /// <summary>Submits an async target that returns <see cref="Task"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a target that returns a value in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args);

    /// <summary>Submits a target that returns a value to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="Task{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args);

    /// <summary>Submits an async target that returns <see cref="Task{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an async target that returns <see cref="ValueTask{TResult}"/> in a pool worker and waits for it (Python's <c>apply</c>).</summary>
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
    TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args);

    /// <summary>Submits an async target that returns <see cref="ValueTask{TResult}"/> to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>
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
    /// <param name="cancellationToken">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending result.</returns>
    /// <exception cref="InvalidOperationException">The pool is closed or terminated.</exception>
    AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);
}
