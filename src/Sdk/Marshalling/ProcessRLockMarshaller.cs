namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessRLock"/> as a handle: its name. The receiver opens the same lock (also the lock of a shared value or array).</summary>
public sealed class ProcessRLockMarshaller : IProcessMarshaller<ProcessRLock?>
{
    /// <summary>The shared instance.</summary>
    public static ProcessRLockMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessRLock? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessRLock? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessRLock.Attach(name) : null;
}
