// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
namespace Multiprocessing;

public sealed partial class InProcessPool
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply([ProcessTargetParameter] Action target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Action target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply([ProcessTargetParameter] Func<Task> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" target cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply([ProcessTargetParameter] Func<ValueTask> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync([ProcessTargetParameter] Func<ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<TResult> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<Task<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult target cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target) =>
        ApplyAsync(target).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg) =>
        ApplyAsync(target, arg).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args cancellationToken ", concat(" ", @name, " "))]'/>
    public void Apply<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.Apply" or @name="InProcessPool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args cancellationToken ", concat(" ", @name, " "))]'/>
    public TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        ApplyAsync(target, args).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="InProcessPool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);
}
