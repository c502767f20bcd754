namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessSemaphore"/> as a handle: its name. The receiver opens the same semaphore (a bounded one as a <see cref="ProcessBoundedSemaphore"/>).</summary>
public sealed class ProcessSemaphoreMarshaller : IProcessMarshaller<ProcessSemaphore?>
{
    /// <summary>The shared instance.</summary>
    public static ProcessSemaphoreMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessSemaphore? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessSemaphore? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessSemaphore.Attach(name) : null;
}
