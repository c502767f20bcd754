namespace Multiprocessing.Marshalling;

/// <summary>
/// Names the marshaller of a type, so that the source generator registers it instead of generating one. The SDK's
/// own handle types (queues, pipes, shared dictionaries, ...) carry it; use it on your own types to plug in a
/// hand-written format.
/// </summary>
/// <remarks>
/// The marshaller must implement <see cref="IProcessMarshaller{T}"/> for the type (for <c>T?</c> when it is a
/// reference type) and have a public parameterless constructor. On a generic type, name the open generic marshaller
/// (<c>typeof(MyMarshaller&lt;&gt;)</c>) with the same type parameters: the generator closes it over the type's
/// arguments, and generates marshallers for those arguments too.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ProcessMarshallerAttribute : Attribute
{
    /// <summary>Names the marshaller of the type the attribute is on.</summary>
    /// <param name="marshallerType">The marshaller's type (open generic on a generic type).</param>
    public ProcessMarshallerAttribute(Type marshallerType) => MarshallerType = marshallerType;

    /// <summary>The marshaller's type.</summary>
    public Type MarshallerType { get; }
}
