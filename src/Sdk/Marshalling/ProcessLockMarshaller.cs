namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessLock"/> as a handle: its name. The receiver opens the same lock.</summary>
public sealed class ProcessLockMarshaller : IProcessMarshaller<ProcessLock?>
{
    /// <summary>The shared instance.</summary>
    public static ProcessLockMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessLock? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessLock? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessLock.Attach(name) : null;
}
