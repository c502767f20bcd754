using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>An event held by a manager server (Python's <c>manager.Event()</c>): a flag processes can wait for.</summary>
public sealed class ManagedEvent : ManagerProxy, IProcessHandle<ManagedEvent>
{
    internal ManagedEvent(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>Whether the flag is set.</summary>
    public bool IsSet
    {
        get
        {
            Begin(ManagerOp.EventIsSet);
            return Call()[0] != 0;
        }
    }

    /// <summary>Sets the flag and wakes every waiter.</summary>
    public void Set()
    {
        Begin(ManagerOp.EventSet);
        Call();
    }

    /// <summary>Clears the flag.</summary>
    public void Clear()
    {
        Begin(ManagerOp.EventClear);
        Call();
    }

    /// <summary>Waits until the flag is set.</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <returns>Whether the flag is set (false when the timeout passed first).</returns>
    public bool Wait(TimeSpan? timeout = null)
    {
        WriteTimeout(Begin(ManagerOp.EventWait), block: true, timeout);
        return Call()[0] != 0;
    }

    /// <inheritdoc />
    string IProcessHandle<ManagedEvent>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedEvent>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedEvent IProcessHandle<ManagedEvent>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
