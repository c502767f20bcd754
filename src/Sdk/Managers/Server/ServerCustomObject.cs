using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>An instance of a registered <see cref="ManagedTypeAttribute"/> class on the server; calls on it are serialized.</summary>
internal sealed class ServerCustomObject : ServerObject
{
    private readonly object _instance;

    internal ServerCustomObject(ManagedTypeDescriptor type, object instance)
    {
        Type = type;
        _instance = instance;
    }

    internal ManagedTypeDescriptor Type { get; }

    internal override ManagerObjectKind Kind => ManagerObjectKind.Custom;

    internal override bool Matches(ManagerObjectKind kind, string? typeId) => kind == Kind && typeId == Type.Id;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        if (op != ManagerOp.Invoke)
        {
            throw WrongOp(op);
        }

        int method = request.ReadUnmanaged<int>();
        lock (_instance)
        {
            try
            {
                Type.Invoker(_instance, method, ref request, reply);
            }
            catch (MarshalException)
            {
                throw;
            }
            catch (ManagerFault)
            {
                throw;
            }
            catch (Exception ex)
            {
                throw new ManagerFault(ManagerError.Remote, ex.Message, ex.GetType().FullName, ex.StackTrace);
            }
        }
    }
}
