using Multiprocessing.Marshalling;

namespace Multiprocessing.Spawn;

/// <summary>
/// The Start frame's payload: which target to run, who the child is, the process tree's authkey (sent here, after
/// the handshake, instead of through the environment) and the marshalled arguments.
/// </summary>
/// <remarks><see cref="IgnoreInterrupt"/>: the child ignores SIGINT (<see cref="InterruptHandling.CancelChildren"/>); a byte after the payload.</remarks>
internal sealed record StartMessage(string TargetId, string? TargetAssembly, string Name, bool Daemon, string Identity, string ParentName, byte[] AuthKey, ReadOnlyMemory<byte> Payload, bool IgnoreInterrupt)
{
    internal static ReadOnlyMemory<byte> Write(string targetId, string? targetAssembly, string name, bool daemon, string identity, byte[] authkey, ReadOnlyMemory<byte> payload) =>
        Write(targetId, targetAssembly, name, daemon, identity, Multiprocess.Current.Name, authkey, payload, Multiprocess.InterruptHandling == InterruptHandling.CancelChildren);

    internal static ReadOnlyMemory<byte> Write(string targetId, string? targetAssembly, string name, bool daemon, string identity, string parentName, byte[] authkey, ReadOnlyMemory<byte> payload, bool ignoreInterrupt = true)
    {
        var writer = new MarshalWriter(64 + payload.Length);
        writer.WriteString(targetId);
        writer.WriteString(targetAssembly);
        writer.WriteString(name);
        writer.Write(daemon);
        writer.WriteString(identity);
        writer.WriteString(parentName);
        writer.WriteUnmanagedArray(authkey);
        writer.WriteUnmanagedSpan(payload.Span);
        writer.Write(ignoreInterrupt);
        return writer.WrittenMemory;
    }

    internal static StartMessage Read(byte[] frame)
    {
        var reader = new MarshalReader(frame);
        string targetId = reader.ReadString() ?? throw Corrupt("target id");
        string? targetAssembly = reader.ReadString();
        string name = reader.ReadString() ?? throw Corrupt("name");
        bool daemon = reader.ReadBoolean();
        string identity = reader.ReadString() ?? throw Corrupt("identity");
        string parentName = reader.ReadString() ?? throw Corrupt("parent name");
        byte[] authkey = reader.ReadUnmanagedArray<byte>() ?? throw Corrupt("authkey");
        int length = reader.ReadLengthHeader();
        if (length < 0)
        {
            throw Corrupt("payload");
        }

        int offset = reader.Consumed;
        reader.ReadRaw(length);
        bool ignoreInterrupt = reader.ReadBoolean();
        reader.EnsureEnd("the start message");
        return new StartMessage(targetId, targetAssembly, name, daemon, identity, parentName, authkey, frame.AsMemory(offset, length), ignoreInterrupt);
    }

    private static MarshalException Corrupt(string field) => new($"Corrupt start message: the {field} is missing.");
}
