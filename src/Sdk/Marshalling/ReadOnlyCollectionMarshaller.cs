namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="IReadOnlyCollection{T}"/> as a sequence (the bytes of a <see cref="List{T}"/>); the receiver gets an array.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlyCollectionMarshaller<T> : IProcessMarshaller<IReadOnlyCollection<T>?>
{
    internal static readonly ReadOnlyCollectionMarshaller<T> Instance = new();

    public void Write(MarshalWriter writer, IReadOnlyCollection<T>? value) => SequenceFormat<T>.Write(writer, value, value?.Count ?? 0);

    public IReadOnlyCollection<T>? Read(ref MarshalReader reader) => SequenceFormat<T>.ReadArray(ref reader);
}
