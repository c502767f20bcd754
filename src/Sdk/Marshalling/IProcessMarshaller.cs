namespace Multiprocessing.Marshalling;

/// <summary>
/// Writes and reads values of one type in the SDK's binary wire format (see docs/wire-format.md).
/// </summary>
/// <remarks>
/// The source generator implements this for every type that appears in a <see cref="ProcessTargetAttribute"/>
/// signature and registers it with <see cref="Marshaller{T}.Register"/>. It is also the seam where a user's own
/// formatter plugs in: register an implementation before the first process starts. (A <c>[MemoryPackable]</c> type gets
/// a generated implementation that calls MemoryPack; see docs/marshalling.md.)
/// </remarks>
/// <typeparam name="T">The marshalled type.</typeparam>
public interface IProcessMarshaller<T>
{
    /// <summary>Appends <paramref name="value"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="value">The value to write.</param>
    void Write(MarshalWriter writer, T value);

    /// <summary>Reads one value from <paramref name="reader"/>.</summary>
    /// <param name="reader">The source, advanced past the value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="MarshalException">The bytes are truncated or malformed.</exception>
    T Read(ref MarshalReader reader);
}
