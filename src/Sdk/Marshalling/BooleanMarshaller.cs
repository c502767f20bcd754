namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="bool"/> as one byte, 0 or 1; any other byte is rejected as malformed.</summary>
internal sealed class BooleanMarshaller : IProcessMarshaller<bool>
{
    /// <summary>The shared instance.</summary>
    public static BooleanMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, bool value) => writer.WriteUnmanaged(value ? (byte)1 : (byte)0);

    /// <inheritdoc />
    public bool Read(ref MarshalReader reader) => reader.ReadBoolean();
}
