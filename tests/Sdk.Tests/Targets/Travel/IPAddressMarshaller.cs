using System.Net;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>
/// The marshaller of a type this assembly does not own (<see cref="IPAddress"/>), registered for the whole assembly
/// with <c>[assembly: ProcessMarshaller(typeof(IPAddress), typeof(IPAddressMarshaller))]</c>.
/// </summary>
public sealed class IPAddressMarshaller : IProcessMarshaller<IPAddress?>
{
    /// <summary>How many values this marshaller wrote in this process (the test checks that it was the one used).</summary>
    public static int Writes;

    public void Write(MarshalWriter writer, IPAddress? value)
    {
        Interlocked.Increment(ref Writes);
        writer.WriteUnmanagedArray(value?.GetAddressBytes());
    }

    public IPAddress? Read(ref MarshalReader reader) =>
        reader.ReadUnmanagedArray<byte>() is { } bytes ? new IPAddress(bytes) : null;
}
