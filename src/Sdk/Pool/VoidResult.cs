using Multiprocessing.Marshalling;

namespace Multiprocessing.Pool;

/// <summary>The "result" of a target that returns nothing: no bytes on the wire.</summary>
internal readonly struct VoidResult
{
    internal sealed class Marshaller : IProcessMarshaller<VoidResult>
    {
        internal static readonly Marshaller Instance = new();

        public void Write(MarshalWriter writer, VoidResult value)
        {
        }

        public VoidResult Read(ref MarshalReader reader) => default;
    }
}
