namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessBoundedSemaphore"/> as a handle: its name. The receiver opens the same semaphore.</summary>
public sealed class ProcessBoundedSemaphoreMarshaller : IProcessMarshaller<ProcessBoundedSemaphore?>
{
    /// <summary>The shared instance.</summary>
    public static ProcessBoundedSemaphoreMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessBoundedSemaphore? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessBoundedSemaphore? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessBoundedSemaphore.Attach(name) : null;
}
