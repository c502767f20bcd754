using System.Collections.Immutable;

namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="ImmutableList{T}"/> as a sequence (the bytes of a <see cref="List{T}"/>).</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ImmutableListMarshaller<T> : IProcessMarshaller<ImmutableList<T>?>
{
    internal static readonly ImmutableListMarshaller<T> Instance = new();

    public void Write(MarshalWriter writer, ImmutableList<T>? value) => SequenceFormat<T>.Write(writer, value, value?.Count ?? 0);

    public ImmutableList<T>? Read(ref MarshalReader reader) =>
        SequenceFormat<T>.ReadArray(ref reader) is { } array ? ImmutableList.Create(array) : null;
}
