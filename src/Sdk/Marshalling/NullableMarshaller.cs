namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="Nullable{T}"/> of a struct with references: a has-value byte, then the value.</summary>
/// <typeparam name="T">The underlying struct.</typeparam>
public sealed class NullableMarshaller<T> : IProcessMarshaller<T?> where T : struct
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, T? value)
    {
        writer.WriteUnmanaged(value.HasValue ? (byte)1 : (byte)0);
        if (value.HasValue)
        {
            Marshaller<T>.Default.Write(writer, value.GetValueOrDefault());
        }
    }

    /// <inheritdoc />
    public T? Read(ref MarshalReader reader) => reader.ReadBoolean() ? Marshaller<T>.Default.Read(ref reader) : null;
}
