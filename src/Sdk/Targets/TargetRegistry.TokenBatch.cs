using System.ComponentModel;

namespace Multiprocessing.Targets;

public static partial class TargetRegistry
{
    /// <summary>
    /// Registers a target of one parameter and a trailing <see cref="CancellationToken"/> that returns a value, with
    /// the batch runner the pool's map uses (each call receives its chunk's token). Called by generated code.
    /// </summary>
    /// <typeparam name="T1">The type of the item parameter.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RegisterWithToken<T1, TResult>(string id, Type declaringType, Func<T1, CancellationToken, TResult> method, TargetInvoker invoker)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(declaringType);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(invoker);
        Add(id, declaringType, method, invoker, new SyncTokenBatchRunner<T1, TResult>(method));
    }

    /// <summary>
    /// Registers an async target of one parameter and a trailing <see cref="CancellationToken"/> that returns a value,
    /// with the batch runner the pool's map uses (each call receives its chunk's token). Called by generated code.
    /// </summary>
    /// <typeparam name="T1">The type of the item parameter.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RegisterWithToken<T1, TResult>(string id, Type declaringType, Func<T1, CancellationToken, Task<TResult>> method, TargetInvoker invoker)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(declaringType);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(invoker);
        Add(id, declaringType, method, invoker, new TaskTokenBatchRunner<T1, TResult>(method));
    }
}
