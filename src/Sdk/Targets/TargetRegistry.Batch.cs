// Written by eng/gen_create_overloads.py: edit the script, not this file.
using System.ComponentModel;

namespace Multiprocessing.Targets;

public static partial class TargetRegistry
{
    /// <summary>Registers a target of 1 parameter that returns a value, with the batch runner Pool.Map uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, TResult>(string id, Type declaringType, Func<T1, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, TResult>(method));

    /// <summary>Registers a target of 1 parameter that returns a value, with the batch runner Pool.Map uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, TResult>(string id, Type declaringType, Func<T1, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, TResult>(method));

    /// <summary>Registers a target of 1 parameter that returns a value, with the batch runner Pool.Map uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, TResult>(string id, Type declaringType, Func<T1, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, TResult>(method));

    /// <summary>Registers an async target of 1 parameter that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1>(string id, Type declaringType, Func<T1, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <summary>Registers an async target of 1 parameter that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1>(string id, Type declaringType, Func<T1, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <summary>Registers a target of 2 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, TResult>(string id, Type declaringType, Func<T1, T2, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, T2, TResult>(method));

    /// <summary>Registers a target of 2 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, TResult>(string id, Type declaringType, Func<T1, T2, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, T2, TResult>(method));

    /// <summary>Registers a target of 2 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, TResult>(string id, Type declaringType, Func<T1, T2, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, T2, TResult>(method));

    /// <summary>Registers an async target of 2 parameters that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2>(string id, Type declaringType, Func<T1, T2, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <summary>Registers an async target of 2 parameters that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2>(string id, Type declaringType, Func<T1, T2, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <summary>Registers a target of 3 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, TResult>(string id, Type declaringType, Func<T1, T2, T3, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, T2, T3, TResult>(method));

    /// <summary>Registers a target of 3 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, TResult>(string id, Type declaringType, Func<T1, T2, T3, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, T2, T3, TResult>(method));

    /// <summary>Registers a target of 3 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, TResult>(string id, Type declaringType, Func<T1, T2, T3, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, T2, T3, TResult>(method));

    /// <summary>Registers an async target of 3 parameters that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3>(string id, Type declaringType, Func<T1, T2, T3, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <summary>Registers an async target of 3 parameters that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3>(string id, Type declaringType, Func<T1, T2, T3, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <summary>Registers a target of 4 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4, TResult>(string id, Type declaringType, Func<T1, T2, T3, T4, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, T2, T3, T4, TResult>(method));

    /// <summary>Registers a target of 4 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4, TResult>(string id, Type declaringType, Func<T1, T2, T3, T4, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, T2, T3, T4, TResult>(method));

    /// <summary>Registers a target of 4 parameters that returns a value, with the batch runner Pool.Starmap uses. Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4, TResult>(string id, Type declaringType, Func<T1, T2, T3, T4, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, T2, T3, T4, TResult>(method));

    /// <summary>Registers an async target of 4 parameters that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4>(string id, Type declaringType, Func<T1, T2, T3, T4, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <summary>Registers an async target of 4 parameters that returns no value (it cannot be mapped). Called by generated code.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="T4">The type of parameter 4.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4>(string id, Type declaringType, Func<T1, T2, T3, T4, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);
}
