using System.Buffers.Binary;
using System.Security.Cryptography;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Server;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;

namespace Multiprocessing.Managers.Protocol;

/// <summary>
/// Mutual authentication of a manager connection with the authkey (Python's <c>multiprocessing.connection</c>
/// challenge, both ways): the server sends a magic and 32 random bytes; the client answers HMAC-SHA256(authkey,
/// challenge) and a challenge of its own; the server checks the answer and proves itself with HMAC-SHA256(authkey,
/// the client's challenge). A wrong key is refused with a Failure frame and a log line on the server. The server's side
/// is driven without a thread per connection by <see cref="HandshakeDriver"/>.
/// </summary>
internal static class ManagerHandshake
{
    internal const int NonceSize = 32;
    internal const int MaxFrame = 1024;
    /// <summary>How long a client's whole handshake may take (tests shorten it).</summary>
    internal static int TimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>"MPM1": tells a client it reached a manager server of this protocol version.</summary>
    internal static ReadOnlySpan<byte> Magic => "MPM1"u8;

    private const byte Challenge = 1;
    private const byte Response = 2;
    private const byte Welcome = 3;
    private const byte Failure = 4;

    /// <summary>The size of a client's whole Response frame, header included: the server reads exactly this many bytes.</summary>
    internal const int ResponseFrameSize = ManagerChannel.HeaderSize + 1 + (2 * NonceSize);

    /// <summary>The server's Challenge frame, header included, for <paramref name="nonce"/>.</summary>
    internal static byte[] ChallengeFrame(ReadOnlySpan<byte> nonce)
    {
        var frame = new byte[ManagerChannel.HeaderSize + 1 + Magic.Length + NonceSize];
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length - ManagerChannel.HeaderSize);
        frame[ManagerChannel.HeaderSize] = Challenge;
        Magic.CopyTo(frame.AsSpan(ManagerChannel.HeaderSize + 1));
        nonce.CopyTo(frame.AsSpan(ManagerChannel.HeaderSize + 1 + Magic.Length));
        return frame;
    }

    /// <summary>Whether the first bytes of a client's answer announce a Response frame (anything else is refused at once).</summary>
    internal static bool IsResponseHeader(ReadOnlySpan<byte> header) =>
        BinaryPrimitives.ReadInt32LittleEndian(header) == ResponseFrameSize - ManagerChannel.HeaderSize;

    /// <summary>
    /// The server's side, once the client's whole Response frame (<paramref name="response"/>, header included) is in:
    /// returns the frame to send back (Welcome or Failure) and null, or the Failure frame and the reason to log.
    /// </summary>
    internal static string? Answer(ReadOnlySpan<byte> response, ReadOnlySpan<byte> nonce, byte[] authkey, int maxMessageSize, out byte[] reply)
    {
        var frame = response[ManagerChannel.HeaderSize..];
        if (frame.Length != 1 + (2 * NonceSize) || frame[0] != Response)
        {
            reply = [];
            return $"it did not answer the challenge (a {frame.Length}-byte frame that is not a manager handshake)";
        }

        var w = new MarshalWriter(64);
        w.WriteUnmanaged(0);
        if (!CryptographicOperations.FixedTimeEquals(frame.Slice(1, NonceSize), HMACSHA256.HashData(authkey, nonce)))
        {
            w.WriteUnmanaged(Failure);
            w.WriteString("the authkey is wrong");
            reply = Finish(w);
            return "wrong authkey (the HMAC of the challenge did not match)";
        }

        w.WriteUnmanaged(Welcome);
        w.WriteRaw(HMACSHA256.HashData(authkey, frame.Slice(1 + NonceSize, NonceSize)));
        w.WriteUnmanaged(Environment.ProcessId);
        w.WriteUnmanaged(maxMessageSize);
        reply = Finish(w);
        return null;
    }

    /// <summary>The client's side; returns the server's pid and its request size limit. Throws <see cref="ProcessAuthenticationException"/> on a wrong key.</summary>
    internal static (int Pid, int MaxMessageSize) Client(ManagerChannel channel, byte[] authkey, string address)
    {
        // One deadline for the whole handshake, as on the server: a server that drips its bytes cannot hold this thread longer.
        long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (TimeoutMilliseconds * System.Diagnostics.Stopwatch.Frequency / 1000);
        if (!channel.TryRead(TimeSpan.Zero, Left(deadline), out int offset, out int length, MaxFrame))
        {
            throw new ManagerConnectionException($"The manager at {address} closed the connection before the handshake (is it a manager server, is it shutting down, or does it require TLS: connect with ProcessManager.Connect(address, authKey, tls)?).");
        }

        var frame = channel.Buffer.AsSpan(offset, length);
        if (length != 1 + Magic.Length + NonceSize || frame[0] != Challenge || !frame.Slice(1, Magic.Length).SequenceEqual(Magic))
        {
            throw new ManagerConnectionException($"{address} is not a Multiprocessing manager server (or speaks another version of the protocol): its first frame is not a manager challenge.");
        }

        var answer = ManagedHmacSha256.HashData(authkey, frame.Slice(1 + Magic.Length, NonceSize));
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var w = channel.Begin();
        w.WriteUnmanaged(Response);
        w.WriteRaw(answer);
        w.WriteRaw(nonce);
        channel.Send();

        if (!channel.TryRead(TimeSpan.Zero, Left(deadline), out offset, out length, MaxFrame))
        {
            throw new ProcessAuthenticationException($"The manager at {address} closed the connection during the authkey challenge: it most likely refused the authkey.");
        }

        frame = channel.Buffer.AsSpan(offset, length);
        if (length > 0 && frame[0] == Failure)
        {
            var reader = new MarshalReader(frame[1..]);
            string reason = reader.ReadString() ?? "authentication failed";
            throw new ProcessAuthenticationException($"The manager at {address} refused the connection: {reason}. Use the authkey the server was started with.");
        }

        if (length != 1 + NonceSize + (2 * sizeof(int)) || frame[0] != Welcome)
        {
            throw new ManagerConnectionException($"The manager at {address} answered the handshake with a malformed frame.");
        }

        if (!CryptographicOperations.FixedTimeEquals(frame.Slice(1, NonceSize), ManagedHmacSha256.HashData(authkey, nonce)))
        {
            throw new ProcessAuthenticationException($"The server at {address} could not prove that it knows the authkey: it is not the manager you meant to reach.");
        }

        return (BitConverter.ToInt32(frame.Slice(1 + NonceSize, sizeof(int))), BitConverter.ToInt32(frame.Slice(1 + NonceSize + sizeof(int), sizeof(int))));
    }

    private static int Left(long deadline) =>
        (int)Math.Max(0, (deadline - System.Diagnostics.Stopwatch.GetTimestamp()) * 1000 / System.Diagnostics.Stopwatch.Frequency);

    private static byte[] Finish(MarshalWriter w)
    {
        var frame = w.WrittenSpan.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length - ManagerChannel.HeaderSize);
        return frame;
    }
}
