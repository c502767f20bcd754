using System.Collections.Concurrent;
using System.ComponentModel;

namespace Multiprocessing.Targets;

/// <summary>
/// The targets of every loaded assembly, filled by generated module initializers (registration only: no work runs
/// there). The runtime finds a target by the delegate a user passed (delegate equality: no reflection) in the
/// parent, and by its id in the child.
/// </summary>
public static partial class TargetRegistry
{
    private static readonly ConcurrentDictionary<string, TargetDescriptor> s_byId = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Delegate, TargetDescriptor> s_byDelegate = new();
    private static readonly ConcurrentDictionary<Type, TargetDescriptor> s_byClass = new();

    /// <summary>Registers a <see cref="ProcessTargetAttribute"/> method. Called by generated code.</summary>
    /// <param name="id">The target's stable id.</param>
    /// <param name="declaringType">The type that declares the method.</param>
    /// <param name="method">A delegate to the method, of the delegate type user code converts it to.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(string id, Type declaringType, Delegate method, TargetInvoker invoker)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(declaringType);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(invoker);
        Add(id, declaringType, method, invoker, batch: null);
    }

    private static void Add(string id, Type declaringType, Delegate method, TargetInvoker invoker, BatchRunner? batch)
    {
        var descriptor = new TargetDescriptor(id, declaringType, method, invoker, null) { Batch = batch };
        s_byId.TryAdd(id, descriptor);
        s_byDelegate.TryAdd(method, descriptor);
    }

    /// <summary>Registers a partial <see cref="ChildProcess"/> subclass. Called by generated code.</summary>
    /// <param name="id">The class's stable id.</param>
    /// <param name="processClass">The subclass.</param>
    /// <param name="factory">The generated factory that re-creates an instance from its fields.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RegisterProcessClass(string id, Type processClass, ProcessClassFactory factory)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(processClass);
        ArgumentNullException.ThrowIfNull(factory);
        var descriptor = new TargetDescriptor(id, processClass, null, null, factory);
        s_byId.TryAdd(id, descriptor);
        s_byClass.TryAdd(processClass, descriptor);
    }

    /// <summary>Finds the target registered for <paramref name="method"/>.</summary>
    /// <param name="method">A delegate to a <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="descriptor">The target, when found.</param>
    /// <returns>Whether the delegate is a registered target.</returns>
    public static bool TryGet(Delegate method, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TargetDescriptor? descriptor)
    {
        ArgumentNullException.ThrowIfNull(method);
        return s_byDelegate.TryGetValue(method, out descriptor);
    }

    /// <summary>Finds the target with the id <paramref name="id"/>.</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="descriptor">The target, when found.</param>
    /// <returns>Whether a target with that id is registered.</returns>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TargetDescriptor? descriptor)
    {
        ArgumentNullException.ThrowIfNull(id);
        return s_byId.TryGetValue(id, out descriptor);
    }

    internal static TargetDescriptor? FindProcessClass(Type processClass) =>
        s_byClass.TryGetValue(processClass, out var descriptor) ? descriptor : null;

    // The registered target of the same static method under another delegate type (a variant method-group conversion).
    // Only on the error path: compares the delegates' methods, which nothing else here needs.
    private static TargetDescriptor? FindUnderOwnSignature(Delegate method)
    {
        try
        {
            var wanted = method.Method;
            foreach (var (registered, descriptor) in s_byDelegate)
            {
                if (registered.Target is null && registered.Method.Equals(wanted))
                {
                    return descriptor;
                }
            }
        }
        catch (NotSupportedException)
        {
            // No metadata for the method (trimmed away): fall back to the general message.
        }

        return null;
    }

    private static string DelegateName(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(DelegateName)) + ">"
            : type.Name;

    internal static TargetDescriptor Resolve(Delegate method)
    {
        if (TryGet(method, out var descriptor))
        {
            return descriptor;
        }

        if (method.Target is null && FindUnderOwnSignature(method) is { Method: { } own } registered)
        {
            throw new ArgumentException(
                $"The target {registered.Id} is marked [ProcessTarget] but was passed as {DelegateName(method.GetType())}, not as its own " +
                $"signature {DelegateName(own.GetType())}: C# converted the method group to a variant delegate type (as Describe(Shape) " +
                "becomes a Func<Circle, string> for a list of circles), and a child finds a target only by its own signature, while " +
                "the arguments would travel as the other types. Pass values of the method's own parameter types, or give the call's " +
                "type arguments explicitly (pool.Map<Shape, string>(Types.Describe, circles)). The analyzers report this as MP0013.",
                nameof(method));
        }

        string what = method.Target is not null
            ? "an instance method or a lambda (it captures an object that cannot travel to another process)"
            : "a static method that is not marked [ProcessTarget], or a lambda";
        throw new ArgumentException(
            $"The target is {what}. A child process can only run a static method marked [ProcessTarget] " +
            "(Python: \"Can't pickle local object\"). Move the code into a static method, mark it [ProcessTarget], " +
            "and pass the method group.",
            nameof(method));
    }
}
