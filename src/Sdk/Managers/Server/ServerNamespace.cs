using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>A namespace on the server: named, marshalled attributes.</summary>
internal sealed class ServerNamespace : ServerObject
{
    private readonly Dictionary<string, byte[]> _attributes = new(StringComparer.Ordinal);

    internal override ManagerObjectKind Kind => ManagerObjectKind.Namespace;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (_attributes)
        {
            switch (op)
            {
                case ManagerOp.NamespaceGet:
                {
                    bool found = _attributes.TryGetValue(ReadName(ref request), out var value);
                    WriteFound(reply, found, value);
                    break;
                }

                case ManagerOp.NamespaceSet:
                {
                    string name = ReadName(ref request);
                    _attributes[name] = ReadRest(ref request).ToArray();
                    break;
                }

                case ManagerOp.NamespaceDelete:
                    reply.Write(_attributes.Remove(ReadName(ref request)));
                    break;
                case ManagerOp.NamespaceNames:
                    reply.WriteUnmanaged(_attributes.Count);
                    foreach (var name in _attributes.Keys)
                    {
                        reply.WriteString(name);
                    }

                    break;
                default:
                    throw WrongOp(op);
            }
        }
    }

    private static string ReadName(ref MarshalReader request) =>
        request.ReadString() ?? throw new ManagerFault(ManagerError.InvalidArgument, "A namespace attribute name cannot be null.");
}
