// Written by eng/gen_create_overloads.py: edit the script, not this file.
using Multiprocessing.Marshalling;

namespace Multiprocessing;

public partial class ChildProcess
{
    /// <summary>Creates a process that runs a void target with no arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create([ProcessTargetParameter] Action target) =>
        new ChildProcess(target, static _ => { }, () => target());

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with no arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create([ProcessTargetParameter] Func<Task> target) =>
        new ChildProcess(target, static _ => { }, () => target().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with no arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create([ProcessTargetParameter] Func<ValueTask> target) =>
        new ChildProcess(target, static _ => { }, () => target().AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with no arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<TResult> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target());

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with no arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<Task<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with no arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<ValueTask<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target().AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with one argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Action<T1> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with one argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, Task> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with one argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, ValueTask> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with one argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, TResult> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with one argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, Task<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with one argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, ValueTask<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with 2 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with 2 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with 2 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with 2 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with 2 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with 2 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with 3 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with 3 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with 3 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with 3 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with 3 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with 3 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with 4 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with 4 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with 4 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with 4 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with 4 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with 4 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with 5 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with 5 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with 5 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with 5 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with 5 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with 5 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with 6 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with 6 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with 6 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with 6 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with 6 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with 6 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with 7 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with 7 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with 7 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with 7 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with 7 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with 7 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target with 8 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, T8> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> with 8 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> with 8 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7, T8>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value with 8 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, TResult> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> with 8 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> with 8 arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The target must be a static method marked <see cref="ProcessTargetAttribute"/>.</remarks>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="T5">The type of parameter 5.</typeparam>
    /// <typeparam name="T6">The type of parameter 6.</typeparam>
    /// <typeparam name="T7">The type of parameter 7.</typeparam>
    /// <typeparam name="T8">The type of parameter 8.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, T8, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, T8, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7, T8) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); w.Write(args.Item8); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, args.Item8).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and no other arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create([ProcessTargetParameter] Action<CancellationToken> target) =>
        new ChildProcess(target, static _ => { }, () => target(CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and no other arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create([ProcessTargetParameter] Func<CancellationToken, Task> target) =>
        new ChildProcess(target, static _ => { }, () => target(CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and no other arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create([ProcessTargetParameter] Func<CancellationToken, ValueTask> target) =>
        new ChildProcess(target, static _ => { }, () => target(CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and no other arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<CancellationToken, TResult> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target(CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and no other arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<CancellationToken, Task<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target(CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and no other arguments.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<TResult>([ProcessTargetParameter] Func<CancellationToken, ValueTask<TResult>> target) =>
        new ChildProcess<TResult>(target, static _ => { }, () => target(CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Action<CancellationToken, T1> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(CancellationToken.None, arg));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(CancellationToken.None, arg).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(CancellationToken.None, arg).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, TResult> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(CancellationToken.None, arg));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, Task<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(CancellationToken.None, arg).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<CancellationToken, T1, ValueTask<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(CancellationToken.None, arg).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 2) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Action<T1, CancellationToken> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask> target, T1 arg) =>
        new ChildProcess(target, w => w.Write(arg), () => target(arg, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, TResult> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, Task<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and one other argument.</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to the child.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, TResult>([ProcessTargetParameter("arg")] Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg) =>
        new ChildProcess<TResult>(target, w => w.Write(arg), () => target(arg, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(CancellationToken.None, args.Item1, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 2) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, CancellationToken.None, args.Item2).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 3) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask> target, (T1, T2) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, TResult> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, Task<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 2 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, ValueTask<TResult>> target, (T1, T2) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); }, () => target(args.Item1, args.Item2, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 2) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 3) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 4) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask> target, (T1, T2, T3) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, TResult> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, Task<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 3 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 2) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 3) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 4) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 5) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, (T1, T2, T3, T4) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, TResult> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 4 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 2) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 3) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 4) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 5) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 6) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) and 5 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 2) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 3) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 4) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 5) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 6) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 7) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 7) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 7) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 7) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) and 6 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 1) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<CancellationToken, T1, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 1) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 1) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 1) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 1) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<CancellationToken, T1, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(CancellationToken.None, args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 2) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, CancellationToken, T2, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 2) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 2) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 2) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 2) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, CancellationToken, T2, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, CancellationToken.None, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 3) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, CancellationToken, T3, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 3) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 3) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 3) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 3) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, CancellationToken, T3, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, CancellationToken.None, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 4) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, CancellationToken, T4, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 4) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 4) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 4) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 4) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, CancellationToken, T4, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, CancellationToken.None, args.Item4, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 5) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, CancellationToken, T5, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 5) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 5) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 5) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 5) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, CancellationToken, T5, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, CancellationToken.None, args.Item5, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 6) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, CancellationToken, T6, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 6) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 6) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 6) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 6) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, CancellationToken, T6, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, CancellationToken.None, args.Item6, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 7) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, CancellationToken, T7> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 7) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 7) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 7) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 7) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, CancellationToken, T7, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, CancellationToken.None, args.Item7).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a void target taking a <see cref="CancellationToken"/> (parameter 8) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Action<T1, T2, T3, T4, T5, T6, T7, CancellationToken> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task"/> taking a <see cref="CancellationToken"/> (parameter 8) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask"/> taking a <see cref="CancellationToken"/> (parameter 8) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess Create<T1, T2, T3, T4, T5, T6, T7>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Creates a process that runs a target that returns a value taking a <see cref="CancellationToken"/> (parameter 8) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, TResult> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None));

    /// <summary>Creates a process that runs an async target that returns <see cref="Task{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 8) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, Task<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Creates a process that runs an async target that returns <see cref="ValueTask{TResult}"/> taking a <see cref="CancellationToken"/> (parameter 8) and 7 other arguments, given as a tuple (Python: <c>args=(...)</c>).</summary>
    /// <remarks>Nothing starts until <see cref="Start()"/>. The token is not marshalled: in the child the target receives a token that <see cref="Cancel"/>, the token given to <see cref="Start(CancellationToken)"/> and <see cref="Terminate(TimeSpan)"/> cancel.</remarks>
    /// <typeparam name="T1">The type of data parameter 1.</typeparam>
    /// <typeparam name="T2">The type of data parameter 2.</typeparam>
    /// <typeparam name="T3">The type of data parameter 3.</typeparam>
    /// <typeparam name="T4">The type of data parameter 4.</typeparam>
    /// <typeparam name="T5">The type of data parameter 5.</typeparam>
    /// <typeparam name="T6">The type of data parameter 6.</typeparam>
    /// <typeparam name="T7">The type of data parameter 7.</typeparam>
    /// <typeparam name="TResult">The target's result type, available from <see cref="ChildProcess{TResult}.Result"/> after the child exits.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>
    /// <returns>A process that is not started yet.</returns>
    /// <exception cref="ArgumentException">The target is a lambda, an instance method or a method without <see cref="ProcessTargetAttribute"/>.</exception>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static ChildProcess<TResult> Create<T1, T2, T3, T4, T5, T6, T7, TResult>([ProcessTargetParameter("args")] Func<T1, T2, T3, T4, T5, T6, T7, CancellationToken, ValueTask<TResult>> target, (T1, T2, T3, T4, T5, T6, T7) args) =>
        new ChildProcess<TResult>(target, w => { w.Write(args.Item1); w.Write(args.Item2); w.Write(args.Item3); w.Write(args.Item4); w.Write(args.Item5); w.Write(args.Item6); w.Write(args.Item7); }, () => target(args.Item1, args.Item2, args.Item3, args.Item4, args.Item5, args.Item6, args.Item7, CancellationToken.None).AsTask().GetAwaiter().GetResult());
}
