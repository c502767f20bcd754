namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="IReadOnlyList{T}"/> as a sequence (the bytes of a <see cref="List{T}"/>); the receiver gets an array.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlyListMarshaller<T> : IProcessMarshaller<IReadOnlyList<T>?>
{
    internal static readonly ReadOnlyListMarshaller<T> Instance = new();

    public void Write(MarshalWriter writer, IReadOnlyList<T>? value) => SequenceFormat<T>.Write(writer, value, value?.Count ?? 0);

    public IReadOnlyList<T>? Read(ref MarshalReader reader) => SequenceFormat<T>.ReadArray(ref reader);
}
