namespace Multiprocessing.Marshalling;

/// <summary>Marshals arrays element by element (<see cref="SequenceFormat{T}"/>): a length (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ArrayMarshaller<T> : IProcessMarshaller<T[]?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, T[]? value) =>
        SequenceFormat<T>.Write<ArraySegment<T>.Enumerator>(writer, value is null ? null : new ArraySegment<T>(value).GetEnumerator(), value?.Length ?? 0);

    /// <inheritdoc />
    public T[]? Read(ref MarshalReader reader) => SequenceFormat<T>.ReadArray(ref reader);
}
