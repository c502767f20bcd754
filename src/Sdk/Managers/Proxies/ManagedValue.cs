using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>One value held by a manager server (Python's <c>manager.Value(typecode, value)</c>), of any marshallable type.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class ManagedValue<T> : ManagerProxy, IProcessHandle<ManagedValue<T>>
{
    internal ManagedValue(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>The value (each get and set is one round trip).</summary>
    public T Value
    {
        get
        {
            Begin(ManagerOp.ValueGet);
            return ReadValue<T>(Call(), "a managed value");
        }

        set
        {
            var writer = Begin(ManagerOp.ValueSet);
            Marshaller<T>.Default.Write(writer, value);
            Call();
        }
    }

    /// <inheritdoc />
    string IProcessHandle<ManagedValue<T>>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedValue<T>>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedValue<T> IProcessHandle<ManagedValue<T>>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
