using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// An object held by a manager server. Requests for it arrive on any connection's thread; each object guards its
/// own state. Values are kept as the bytes the clients marshalled, so the server never needs the clients' types.
/// </summary>
internal abstract class ServerObject
{
    internal abstract ManagerObjectKind Kind { get; }

    /// <summary>The name it was created under (get-or-create by name), or null.</summary>
    internal string? Name { get; init; }

    /// <summary>Handles one request; the reply's status byte is already written. Throws <see cref="ManagerFault"/> to refuse.</summary>
    internal abstract void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection);

    /// <summary>Whether a named object of this kind may be returned for a create request with these arguments.</summary>
    internal virtual bool Matches(ManagerObjectKind kind, string? typeId) => kind == Kind;

    protected ManagerFault WrongOp(ManagerOp op) =>
        new(ManagerError.NoSuchObject, $"A {Kind} object does not support the operation {op}: the handle and the object do not match (a corrupt or forged handle).");

    /// <summary>Reads a length-prefixed byte string (a key before a value).</summary>
    protected static ReadOnlySpan<byte> ReadBlock(ref MarshalReader request)
    {
        int length = request.ReadLengthHeader();
        if (length < 0)
        {
            throw new ManagerFault(ManagerError.Protocol, "A key of length -1 (null) was sent where bytes were expected.");
        }

        return request.ReadRaw(length);
    }

    /// <summary>Everything left in the request.</summary>
    protected static ReadOnlySpan<byte> ReadRest(ref MarshalReader request) => request.ReadRaw(request.Remaining);

    /// <summary>The deadline of a blocking request: <c>bool block, int64 timeout in ms (-1: none)</c>.</summary>
    protected static long ReadDeadline(ref MarshalReader request)
    {
        bool block = request.ReadBoolean();
        long timeout = request.ReadUnmanaged<long>();
        if (!block)
        {
            return 0;
        }

        if (timeout < 0)
        {
            return long.MaxValue;
        }

        return System.Diagnostics.Stopwatch.GetTimestamp() + (long)(timeout / 1000.0 * System.Diagnostics.Stopwatch.Frequency);
    }

    /// <summary>Replies with a found flag and, when found, the value (read by the proxies' <c>TryReadFound</c>).</summary>
    protected static void WriteFound(MarshalWriter reply, bool found, byte[]? value)
    {
        reply.Write(found);
        if (found)
        {
            reply.WriteRaw(value);
        }
    }

    protected static void WriteBlock(MarshalWriter reply, ReadOnlySpan<byte> bytes)
    {
        reply.WriteUnmanaged(bytes.Length);
        reply.WriteRaw(bytes);
    }
}
