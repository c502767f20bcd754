using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>One value held by a manager server (Python's <c>manager.Value(typecode, value)</c>), of any marshallable type.</summary>
/// <typeparam name="T">The value's type.</typeparam>
[ProcessMarshaller(typeof(ManagedValueMarshaller<>))]
public sealed class ManagedValue<T> : ManagerProxy
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
}
