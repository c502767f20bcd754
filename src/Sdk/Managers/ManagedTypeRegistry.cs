using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers;

/// <summary>
/// The <see cref="ManagedTypeAttribute"/> classes of every loaded assembly, filled by generated module initializers
/// (registration only). A manager server builds only the types its options registered, found here by id.
/// </summary>
public static class ManagedTypeRegistry
{
    private static readonly ConcurrentDictionary<string, ManagedTypeDescriptor> s_byId = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, ManagedTypeDescriptor> s_byType = new();

    /// <summary>Registers a <see cref="ManagedTypeAttribute"/> class. Called by generated code.</summary>
    /// <typeparam name="T">The class.</typeparam>
    /// <param name="id">Its stable id.</param>
    /// <param name="factory">The generated factory.</param>
    /// <param name="invoker">The generated dispatcher.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T>(string id, ManagedObjectFactory factory, ManagedMethodInvoker invoker)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(invoker);
        var descriptor = new ManagedTypeDescriptor(id, typeof(T), factory, invoker);
        s_byId.TryAdd(id, descriptor);
        s_byType.TryAdd(typeof(T), descriptor);
        Marshaller<ManagedObject<T>?>.TryRegister(HandleMarshaller<ManagedObject<T>>.Instance);
    }

    /// <summary>Finds the registration of <paramref name="type"/>.</summary>
    /// <param name="type">A <see cref="ManagedTypeAttribute"/> class.</param>
    /// <param name="descriptor">The registration, when found.</param>
    /// <returns>Whether the class is registered.</returns>
    public static bool TryGet(Type type, [NotNullWhen(true)] out ManagedTypeDescriptor? descriptor)
    {
        ArgumentNullException.ThrowIfNull(type);
        return s_byType.TryGetValue(type, out descriptor);
    }

    internal static ManagedTypeDescriptor For<T>() where T : class =>
        TryGet(typeof(T), out var descriptor)
            ? descriptor
            : throw new ArgumentException(
                $"{typeof(T).FullName} is not a managed type: mark the class [ManagedType] (and check that the Multiprocessing source generator runs for its project) before registering it with a manager.",
                nameof(T));

    /// <summary>
    /// Finds a type by id in a server process, running the registrations of the app's assembly the frame names on a
    /// miss; a name that is not one of the app's own assemblies loads nothing (<see cref="Targets.AppAssemblies"/>).
    /// </summary>
    internal static ManagedTypeDescriptor Resolve(string id, string? assemblyName)
    {
        if (s_byId.TryGetValue(id, out var descriptor))
        {
            return descriptor;
        }

        string why = "";
        if (assemblyName is { Length: > 0 })
        {
            if (!Targets.AppAssemblies.TryInitialize(assemblyName, out string? refusal))
            {
                why = $" ({refusal})";
            }
            else if (s_byId.TryGetValue(id, out descriptor))
            {
                return descriptor;
            }
        }

        throw new ProcessException($"The manager server has no managed type '{id}'{why}: the server and its clients must run the same build, and the class must be marked [ManagedType].");
    }
}
