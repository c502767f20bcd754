namespace Multiprocessing.Marshalling;

/// <summary>
/// A type whose values travel to other processes as handles: by the name of the object they refer to (a shared-memory
/// block, a lock, a queue, a pipe, a manager's address), which the receiving process attaches to, so that both
/// processes use the same object. Every SDK handle implements it; the source generator registers one marshaller
/// for every type that does, yours included.
/// </summary>
/// <remarks>
/// On the wire a handle is its <see cref="Name"/> as a string (a null string for a null handle), then what
/// <see cref="WriteAttachData"/> writes. The receiver reads the name and calls <see cref="Attach"/>. Model: MemoryPack's
/// <c>IMemoryPackable&lt;T&gt;</c>, whose static abstract members let one generic formatter serve every type.
/// </remarks>
/// <typeparam name="TSelf">The handle type itself.</typeparam>
public interface IProcessHandle<TSelf>
    where TSelf : class, IProcessHandle<TSelf>
{
    /// <summary>The name another process attaches to this object by (never null).</summary>
    string Name { get; }

    /// <summary>
    /// Writes what attaching needs besides <see cref="Name"/>; nothing, for most handles. Called when the handle is
    /// sent, so it may also prepare the object for the receiver (a pipe end reserves its place).
    /// </summary>
    /// <param name="writer">The destination, just after the name.</param>
    void WriteAttachData(MarshalWriter writer)
    {
    }

    /// <summary>Attaches to the object named <paramref name="name"/>, in the receiving process.</summary>
    /// <param name="name">The <see cref="Name"/> the sender wrote.</param>
    /// <param name="data">The input, positioned after the name: read exactly what <see cref="WriteAttachData"/> wrote.</param>
    /// <returns>A handle to the same object.</returns>
    /// <exception cref="MarshalException">The data is malformed.</exception>
    static abstract TSelf Attach(string name, ref MarshalReader data);
}
