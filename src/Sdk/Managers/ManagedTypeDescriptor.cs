using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers;

/// <summary>
/// Creates an instance of a <see cref="ManagedTypeAttribute"/> class on the server with one of its public
/// constructors (numbered in declaration order), reading the arguments. Implemented by generated code.
/// </summary>
/// <param name="constructor">The constructor's number.</param>
/// <param name="arguments">The marshalled arguments.</param>
/// <returns>The new instance.</returns>
public delegate object ManagedObjectFactory(int constructor, ref MarshalReader arguments);

/// <summary>
/// Calls one public method of a <see cref="ManagedTypeAttribute"/> instance on the server (methods numbered in
/// declaration order), reading the arguments and writing the result. Implemented by generated code.
/// </summary>
/// <param name="target">The instance.</param>
/// <param name="method">The method's number.</param>
/// <param name="arguments">The marshalled arguments.</param>
/// <param name="result">Where the marshalled result goes.</param>
public delegate void ManagedMethodInvoker(object target, int method, ref MarshalReader arguments, MarshalWriter result);

/// <summary>A registered <see cref="ManagedTypeAttribute"/> class: its id, its type and its generated factory and dispatcher.</summary>
public sealed class ManagedTypeDescriptor
{
    internal ManagedTypeDescriptor(string id, Type type, ManagedObjectFactory factory, ManagedMethodInvoker invoker)
    {
        Id = id;
        Type = type;
        Factory = factory;
        Invoker = invoker;
    }

    /// <summary>The stable id that names the type on the wire (its full name).</summary>
    public string Id { get; }

    /// <summary>The class.</summary>
    public Type Type { get; }

    internal ManagedObjectFactory Factory { get; }

    internal ManagedMethodInvoker Invoker { get; }
}
