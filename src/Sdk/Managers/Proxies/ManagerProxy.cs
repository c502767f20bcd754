using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// The base of every proxy to an object held by a manager server (Python's <c>BaseProxy</c>). A proxy is a handle
/// (<see cref="IProcessHandle{TSelf}"/>): passed to a <see cref="ProcessTargetAttribute"/> method (or stored in another shared object) it travels as the
/// manager's address and the object's id, and the receiving process connects to the same server. A handle carries no
/// key in clear: the receiver authenticates with its process tree's authkey (<see cref="Multiprocess.Current"/>), and a
/// manager with a key of its own has that key sealed (AES-GCM) under the tree's key, so only processes of the same tree
/// can use the proxy; another process fails with <see cref="ProcessAuthenticationException"/>.
/// </summary>
/// <remarks>
/// Each thread that uses proxies of a manager has its own connection to it, so proxies can be used from several
/// threads. When the server is gone, calls throw <see cref="ManagerConnectionException"/>.
/// </remarks>
public abstract class ManagerProxy
{
    private protected ManagerProxy(ManagerClient client, long objectId)
    {
        Client = client;
        ObjectId = objectId;
    }

    /// <summary>The object's id on its server.</summary>
    public long ObjectId { get; }

    /// <summary>The address of the manager that holds the object (<c>unix:/path</c> or <c>tcp:host:port</c>).</summary>
    public string ManagerAddress => Client.Address;

    internal ManagerClient Client { get; }

    /// <inheritdoc />
    public override string ToString() => $"<{GetType().Name} object {ObjectId} at {Client.Address}>";

    private protected MarshalWriter Begin(ManagerOp op) => Client.Begin(op, ObjectId);

    private protected ReadOnlySpan<byte> Call() => Client.Call();

    private protected static void WriteTimeout(MarshalWriter writer, bool block, TimeSpan? timeout)
    {
        writer.Write(block);
        long milliseconds = timeout is not { } t || t == Timeout.InfiniteTimeSpan ? -1 : (long)Math.Max(0, Math.Ceiling(t.TotalMilliseconds));
        writer.WriteUnmanaged(milliseconds);
    }

    /// <summary>Reserves a length header for a block; pass the result to <see cref="EndBlock"/>.</summary>
    private protected static int BeginBlock(MarshalWriter writer)
    {
        int mark = writer.Length;
        writer.WriteUnmanaged(0);
        return mark;
    }

    private protected static void EndBlock(MarshalWriter writer, int mark)
    {
        var written = MemoryMarshal.AsMemory(writer.WrittenMemory).Span;
        BinaryPrimitives.WriteInt32LittleEndian(written[mark..], written.Length - mark - sizeof(int));
    }

    private protected static T ReadValue<T>(ReadOnlySpan<byte> bytes, string what)
    {
        var reader = new MarshalReader(bytes);
        var value = Marshaller<T>.Default.Read(ref reader);
        reader.EnsureEnd(what);
        return value;
    }

    /// <summary>Reads a reply of a found flag then, when found, the value (the server's <c>WriteFound</c>).</summary>
    private protected static bool TryReadFound<T>(ReadOnlySpan<byte> reply, string what, [MaybeNullWhen(false)] out T value)
    {
        if (reply[0] == 0)
        {
            value = default;
            return false;
        }

        value = ReadValue<T>(reply[1..], what);
        return true;
    }

    private protected static T ReadBlockValue<T>(ref MarshalReader reader, string what)
    {
        int length = reader.ReadLengthHeader();
        return ReadValue<T>(reader.ReadRaw(Math.Max(length, 0)), what);
    }

    /// <summary>Creates an object on <paramref name="client"/>'s server and returns its id.</summary>
    internal static long Create(ManagerClient client, ManagerObjectKind kind, string? name, Action<MarshalWriter>? arguments = null)
    {
        var writer = client.Begin(ManagerOp.Create, 0);
        writer.WriteUnmanaged((byte)kind);
        writer.WriteString(name);
        arguments?.Invoke(writer);
        var reply = client.Call();
        return BitConverter.ToInt64(reply);
    }

    /// <summary>
    /// Writes what a handle holds besides the manager's address (<see cref="IProcessHandle{TSelf}.Name"/>): the key
    /// sealed under the tree's key (<see cref="ManagerHandleKey"/>), then the object id.
    /// </summary>
    private protected void WriteAttachData(MarshalWriter writer)
    {
        writer.WriteUnmanagedArray(Client.HandleKey);
        writer.WriteUnmanaged(ObjectId);
    }

    /// <summary>Reads what <see cref="WriteAttachData"/> wrote and connects to the manager at <paramref name="address"/>.</summary>
    private protected static ManagerClient AttachClient(string address, ref MarshalReader data, out long objectId)
    {
        var sealedKey = data.ReadUnmanagedArray<byte>();
        if (sealedKey is not { Length: > 0 })
        {
            throw new MarshalException("Malformed data: a manager proxy handle without its key form.");
        }

        objectId = data.ReadUnmanaged<long>();
        var authkey = ManagerHandleKey.Open(address, sealedKey, Multiprocess.Current.AuthKey);
        var client = ManagerClient.For(address, authkey);

        // Connect now, as Python's proxies do when they are unpickled: a handle whose server is gone fails here, clearly,
        // and the first call does not pay for the connection.
        _ = client.Connection;
        return client;
    }
}
