// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
using Multiprocessing.Marshalling;

namespace Multiprocessing;

public partial class ChildProcess
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" target ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create([ProcessTargetParameter] Action target) =>
        new ChildProcess(target, static _ => { }, () => target());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" target ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create([ProcessTargetParameter] Func<Task> target) =>
        new ChildProcess(target, static _ => { }, () => target().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" target ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create([ProcessTargetParameter] Func<ValueTask> target) =>
        new ChildProcess(target, static _ => { }, () => target().AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" TResult target ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<TResult> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" TResult target ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<Task<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" TResult target ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target().AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 T8 TResult target args ", concat(" ", @name, " "))]'/>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" target ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create([ProcessTargetParameter] Action<CancellationToken> target) =>
        new ChildProcess(target, static _ => { }, () => target(CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" target ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create([ProcessTargetParameter] Func<CancellationToken, Task> target) =>
        new ChildProcess(target, static _ => { }, () => target(CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" target ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create([ProcessTargetParameter] Func<CancellationToken, ValueTask> target) =>
        new ChildProcess(target, static _ => { }, () => target(CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" TResult target ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<CancellationToken, TResult> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target(CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" TResult target ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target(CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" TResult target ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target(CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(CancellationToken.None, arg));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(CancellationToken.None, arg).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(CancellationToken.None, arg).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(CancellationToken.None, arg));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(CancellationToken.None, arg).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(CancellationToken.None, arg).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 TResult target arg ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None));

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).GetAwaiter().GetResult());

    /// <include file='../Overloads.xml' path='overloads/family[@name="ChildProcess.Create.Token" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 T5 T6 T7 TResult target args ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).AsTask().GetAwaiter().GetResult());
}
