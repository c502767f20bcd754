using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>One marshalled value on the server (Python's manager <c>Value</c>).</summary>
internal sealed class ServerValue : ServerObject
{
    private byte[] _value;

    internal ServerValue(byte[] initial) => _value = initial;

    internal override ManagerObjectKind Kind => ManagerObjectKind.Value;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (this)
        {
            switch (op)
            {
                case ManagerOp.ValueGet:
                    reply.WriteRaw(_value);
                    break;
                case ManagerOp.ValueSet:
                    _value = ReadRest(ref request).ToArray();
                    break;
                default:
                    throw WrongOp(op);
            }
        }
    }
}
