namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="IReadOnlySet{T}"/> as a sequence (the bytes of a <see cref="HashSet{T}"/>); the receiver gets a <see cref="HashSet{T}"/>.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlySetMarshaller<T> : IProcessMarshaller<IReadOnlySet<T>?>
{
    internal static readonly ReadOnlySetMarshaller<T> Instance = new();

    public void Write(MarshalWriter writer, IReadOnlySet<T>? value) => SequenceFormat<T>.Write(writer, value, value?.Count ?? 0);

    public IReadOnlySet<T>? Read(ref MarshalReader reader) => HashSetMarshaller<T>.ReadSet(ref reader);
}
