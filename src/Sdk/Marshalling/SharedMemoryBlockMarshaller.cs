namespace Multiprocessing.Marshalling;

/// <summary>
/// Marshals a <see cref="SharedMemoryBlock"/> as a handle: its name (null for a null block). The receiver attaches to
/// the same memory, as passing a SharedMemory in <c>args</c> does in Python.
/// </summary>
public sealed class SharedMemoryBlockMarshaller : IProcessMarshaller<SharedMemoryBlock?>
{
    /// <summary>The shared instance.</summary>
    public static SharedMemoryBlockMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, SharedMemoryBlock? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public SharedMemoryBlock? Read(ref MarshalReader reader) =>
        reader.ReadString() is { } name ? SharedMemoryBlock.Attach(name) : null;
}
