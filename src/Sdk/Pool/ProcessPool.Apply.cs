// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
namespace Multiprocessing;

public sealed partial class ProcessPool
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply([ProcessTargetParameter] Action target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Action target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply([ProcessTargetParameter] Func<Task> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply([ProcessTargetParameter] Func<ValueTask> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<TResult> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<Task<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply" or @name="ProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply([ProcessTargetParameter] Action<CancellationToken> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync([ProcessTargetParameter] Action<CancellationToken> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply([ProcessTargetParameter] Func<CancellationToken, Task> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<CancellationToken, Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply([ProcessTargetParameter] Func<CancellationToken, ValueTask> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<CancellationToken, ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<TResult>([ProcessTargetParameter] Func<CancellationToken, TResult> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<CancellationToken, TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<TResult>([ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<TResult>([ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, arg, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.Apply.Token" or @name="ProcessPool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        ApplyAsync(target, args, cancellationToken: cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="ProcessPool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);
}
