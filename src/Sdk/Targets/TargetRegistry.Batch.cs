// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
using System.ComponentModel;

namespace Multiprocessing.Targets;

public static partial class TargetRegistry
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, TResult>(string id, Type declaringType, Func<T1, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, TResult>(string id, Type declaringType, Func<T1, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, TResult>(string id, Type declaringType, Func<T1, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1>(string id, Type declaringType, Func<T1, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1>(string id, Type declaringType, Func<T1, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, TResult>(string id, Type declaringType, Func<T1, T2, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, T2, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, TResult>(string id, Type declaringType, Func<T1, T2, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, T2, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, TResult>(string id, Type declaringType, Func<T1, T2, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, T2, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 T2 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2>(string id, Type declaringType, Func<T1, T2, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 T2 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2>(string id, Type declaringType, Func<T1, T2, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, TResult>(string id, Type declaringType, Func<T1, T2, T3, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, T2, T3, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, TResult>(string id, Type declaringType, Func<T1, T2, T3, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, T2, T3, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, TResult>(string id, Type declaringType, Func<T1, T2, T3, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, T2, T3, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3>(string id, Type declaringType, Func<T1, T2, T3, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3>(string id, Type declaringType, Func<T1, T2, T3, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4, TResult>(string id, Type declaringType, Func<T1, T2, T3, T4, TResult> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new SyncBatchRunner<T1, T2, T3, T4, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4, TResult>(string id, Type declaringType, Func<T1, T2, T3, T4, Task<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new TaskBatchRunner<T1, T2, T3, T4, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.Register" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4, TResult>(string id, Type declaringType, Func<T1, T2, T3, T4, ValueTask<TResult>> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, new ValueTaskBatchRunner<T1, T2, T3, T4, TResult>(method));

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4>(string id, Type declaringType, Func<T1, T2, T3, T4, Task> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="TargetRegistry.RegisterNoResult" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 id declaringType method invoker ", concat(" ", @name, " "))]'/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T1, T2, T3, T4>(string id, Type declaringType, Func<T1, T2, T3, T4, ValueTask> method, TargetInvoker invoker) =>
        Add(id, declaringType, method, invoker, batch: null);
}
