using System.Security.Cryptography;
using Multiprocessing.Managers.Protocol;

namespace Multiprocessing.Managers.Server;

/// <summary>A connection in the authkey challenge: its challenge, what it answered so far (bounded) and its deadline.</summary>
internal sealed class PendingHandshake
{
    internal PendingHandshake(ManagerSocket socket, long deadline)
    {
        Socket = socket;
        Deadline = deadline;
        Nonce = RandomNumberGenerator.GetBytes(ManagerHandshake.NonceSize);
    }

    internal ManagerSocket Socket { get; }

    /// <summary>A Stopwatch timestamp: the whole handshake must be over by then.</summary>
    internal long Deadline { get; }

    internal byte[] Nonce { get; }

    /// <summary>The client's Response frame as it arrives: never more than its fixed size.</summary>
    internal byte[] Received { get; } = new byte[ManagerHandshake.ResponseFrameSize];

    internal int Count { get; set; }
}
