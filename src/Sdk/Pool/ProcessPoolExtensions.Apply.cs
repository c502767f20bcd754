// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
namespace Multiprocessing;

public static partial class ProcessPoolExtensions
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" pool target cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply(this IProcessPool pool, [ProcessTargetParameter] Action target) =>
        Calls(pool).SubmitApply(target, static _ => { }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync(this IProcessPool pool, [ProcessTargetParameter] Action target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" pool target cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply(this IProcessPool pool, [ProcessTargetParameter] Func<Task> target) =>
        Calls(pool).SubmitApply(target, static _ => { }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync(this IProcessPool pool, [ProcessTargetParameter] Func<Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" pool target cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply(this IProcessPool pool, [ProcessTargetParameter] Func<ValueTask> target) =>
        Calls(pool).SubmitApply(target, static _ => { }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync(this IProcessPool pool, [ProcessTargetParameter] Func<ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult pool target cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<TResult>(this IProcessPool pool, [ProcessTargetParameter] Func<TResult> target) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<TResult>(this IProcessPool pool, [ProcessTargetParameter] Func<TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult pool target cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<TResult>(this IProcessPool pool, [ProcessTargetParameter] Func<Task<TResult>> target) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<TResult>(this IProcessPool pool, [ProcessTargetParameter] Func<Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" TResult pool target cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<TResult>(this IProcessPool pool, [ProcessTargetParameter] Func<ValueTask<TResult>> target) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" TResult pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<TResult>(this IProcessPool pool, [ProcessTargetParameter] Func<ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1>(this IProcessPool pool, [ProcessTargetParameter("arg")] Action<T1> target, T1 arg) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1>(this IProcessPool pool, [ProcessTargetParameter("arg")] Action<T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, TResult>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, TResult>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, TResult>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this IProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6, T7, T8>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>(this IProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6, T7, T8>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static void Apply<T1, T2, T3, T4, T5, T6, T7, T8>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply" or @name="Pool.Apply.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, T8, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, T8, TResult>(this IProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" pool target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply(this ProcessPool pool, [ProcessTargetParameter] Action<CancellationToken> target, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync(this ProcessPool pool, [ProcessTargetParameter] Action<CancellationToken> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" pool target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, Task> target, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" pool target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, ValueTask> target, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, ValueTask> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" TResult pool target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<TResult>(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, TResult> target, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" TResult pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<TResult>(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" TResult pool target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<TResult>(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" TResult pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<TResult>(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" TResult pool target cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<TResult>(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" TResult pool target callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<TResult>(this ProcessPool pool, [ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, static _ => { }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult pool target arg callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, TResult>(this ProcessPool pool, [ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => w.Write(arg), callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static void Apply<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult ApplyAsync<T1, T2, T3, T4, T5, T6, T7>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Apply.Token" or @name="Pool.Apply.Token.Result" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult Apply<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, null, null, cancellationToken).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ApplyAsync.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult pool target args callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult> ApplyAsync<T1, T2, T3, T4, T5, T6, T7, TResult>(this ProcessPool pool, [ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).SubmitApply<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, callback, errorCallback, cancellationToken);
}
