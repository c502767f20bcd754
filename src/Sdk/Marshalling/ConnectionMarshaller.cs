namespace Multiprocessing.Marshalling;

/// <summary>
/// Marshals a <see cref="Connection{T}"/> as a handle: the pipe's name and which end. The sender reserves the end's
/// place for the receiving process, so the pipe does not look closed before that process attaches.
/// </summary>
/// <typeparam name="T">The message type.</typeparam>
public sealed class ConnectionMarshaller<T> : IProcessMarshaller<Connection<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, Connection<T>? value)
    {
        writer.WriteString(value?.Name);
        if (value is not null)
        {
            value.ReserveForTransfer();
            writer.WriteUnmanaged((byte)value.End);
        }
    }

    /// <inheritdoc />
    public Connection<T>? Read(ref MarshalReader reader)
    {
        if (reader.ReadString() is not { } name)
        {
            return null;
        }

        byte end = reader.ReadUnmanaged<byte>();
        return end <= 1 ? Connection<T>.Attach(name, end) : throw new MarshalException($"Malformed data: pipe end {end} (0 or 1 expected).");
    }
}
