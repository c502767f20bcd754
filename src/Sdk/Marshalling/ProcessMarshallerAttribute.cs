namespace Multiprocessing.Marshalling;

/// <summary>
/// Names the marshaller of a type, so that the source generator registers it instead of generating one. Use it on your
/// own types to plug in a hand-written format, or on your assembly
/// (<c>[assembly: ProcessMarshaller(typeof(TheirType), typeof(MyMarshaller))]</c>) for a type you do not own. (A type
/// that travels as a handle, by a name the receiver attaches to, implements <see cref="IProcessHandle{TSelf}"/> instead.)
/// </summary>
/// <remarks>
/// The marshaller must implement <see cref="IProcessMarshaller{T}"/> for the type (for <c>T?</c> when it is a
/// reference type) and have a public parameterless constructor. On a generic type, name the open generic marshaller
/// (<c>typeof(MyMarshaller&lt;&gt;)</c>) with the same type parameters: the generator closes it over the type's
/// arguments, and generates marshallers for those arguments too. An assembly-level attribute applies to the
/// [ProcessTarget] methods, records and queues of that assembly, and of the assemblies that reference it (the first
/// such assembly's in name order, unless the using assembly names its own: this is how Multiprocessing.Hosting brings
/// <c>ILogger&lt;T&gt;</c>'s marshaller); it wins over every built-in rule for the type (an unmanaged struct's raw bytes
/// included), as a type-level one does.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, Inherited = false, AllowMultiple = true)]
public sealed class ProcessMarshallerAttribute : Attribute
{
    /// <summary>Names the marshaller of the type the attribute is on.</summary>
    /// <param name="marshallerType">The marshaller's type (open generic on a generic type).</param>
    public ProcessMarshallerAttribute(Type marshallerType) => MarshallerType = marshallerType;

    /// <summary>On an assembly: names the marshaller of <paramref name="type"/>, a type the assembly does not own.</summary>
    /// <param name="type">The marshalled type (open generic, <c>typeof(Their&lt;&gt;)</c>, for all its constructions).</param>
    /// <param name="marshallerType">The marshaller's type (open generic on a generic type).</param>
    public ProcessMarshallerAttribute(Type type, Type marshallerType)
    {
        Type = type;
        MarshallerType = marshallerType;
    }

    /// <summary>The marshalled type, for an assembly-level attribute; null on a type.</summary>
    public Type? Type { get; }

    /// <summary>The marshaller's type.</summary>
    public Type MarshallerType { get; }

    /// <summary>
    /// Whether values of the type's type arguments travel inside it, so that the generator also generates marshallers
    /// for them (true, the default: a container's elements). Set it to false when a type argument is only a tag that
    /// never travels, as <c>ILogger&lt;TCategoryName&gt;</c>'s category.
    /// </summary>
    public bool TypeArgumentsTravel { get; set; } = true;
}
