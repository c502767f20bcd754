using System.Reflection;

namespace Multiprocessing.Targets;

/// <summary>A registered target: a <see cref="ProcessTargetAttribute"/> method or a <see cref="ChildProcess"/> subclass.</summary>
public sealed class TargetDescriptor
{
    internal TargetDescriptor(string id, Type declaringType, Delegate? method, TargetInvoker? invoker, ProcessClassFactory? factory)
    {
        Id = id;
        DeclaringType = declaringType;
        Method = method;
        Invoker = invoker;
        Factory = factory;
    }

    /// <summary>The stable id that travels to the child (the target's signature, e.g. <c>Demo.Worker.Square(int)</c>).</summary>
    public string Id { get; }

    /// <summary>The type that declares the target.</summary>
    public Type DeclaringType { get; }

    /// <summary>The assembly that declares the target (and holds its generated registration).</summary>
    public Assembly Assembly => DeclaringType.Assembly;

    internal Delegate? Method { get; }

    internal TargetInvoker? Invoker { get; }

    internal ProcessClassFactory? Factory { get; }

    /// <summary>Runs the target over a chunk of items (Pool.Map / Starmap); null for targets that return nothing or take more than 4 parameters.</summary>
    internal BatchRunner? Batch { get; init; }
}
