using System.ComponentModel;
using Multiprocessing.Managers;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A proxy to an instance of a <see cref="ManagedTypeAttribute"/> class held by a manager server (Python's
/// <c>AutoProxy</c>). Its methods are the extension methods the source generator emits next to
/// <typeparamref name="T"/>: <c>counter.Increment(5)</c> runs <c>Counter.Increment(5)</c> on the server.
/// </summary>
/// <remarks>
/// Pass it to a <see cref="ProcessTargetAttribute"/> method like any handle. It has no public members of its own
/// besides those of <see cref="ManagerProxy"/>, so none hides a generated method.
/// </remarks>
/// <typeparam name="T">The managed class.</typeparam>
public sealed class ManagedObject<T> : ManagerProxy, IProcessHandle<ManagedObject<T>>
    where T : class
{
    internal ManagedObject(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>Starts a call of the method numbered <paramref name="method"/>; write its arguments to the writer. Called by generated code.</summary>
    /// <param name="method">The method's number.</param>
    /// <returns>The writer for the arguments.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public MarshalWriter BeginInvoke(int method)
    {
        var writer = Begin(ManagerOp.Invoke);
        writer.WriteUnmanaged(method);
        return writer;
    }

    /// <summary>Sends the call started by <see cref="BeginInvoke"/> and returns a reader over the result. Called by generated code.</summary>
    /// <returns>A reader over the marshalled result (valid until the next call on this thread).</returns>
    /// <exception cref="RemoteProcessException">The method threw on the server.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public MarshalReader EndInvoke() => new(Call());

    /// <summary>Creates an instance on the manager's server with the constructor numbered <paramref name="constructor"/>. Called by generated code.</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="name">The name to find or create it under, or null for a new anonymous instance.</param>
    /// <param name="constructor">The constructor's number.</param>
    /// <param name="writeArguments">Writes the constructor's arguments.</param>
    /// <returns>The proxy.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ManagedObject<T> Create(ProcessManager manager, string? name, int constructor, Action<MarshalWriter> writeArguments)
    {
        ArgumentNullException.ThrowIfNull(manager);
        string id = ManagedTypeRegistry.For<T>().Id;
        var client = manager.ClientForCalls;
        long objectId = Create(client, ManagerObjectKind.Custom, name, writer =>
        {
            writer.WriteString(id);
            writer.WriteUnmanaged(constructor);
            writeArguments(writer);
        });
        return new ManagedObject<T>(client, objectId);
    }

    /// <inheritdoc />
    string IProcessHandle<ManagedObject<T>>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedObject<T>>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedObject<T> IProcessHandle<ManagedObject<T>>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
