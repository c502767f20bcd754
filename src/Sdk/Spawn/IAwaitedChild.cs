namespace Multiprocessing.Spawn;

/// <summary>
/// A launched child the <see cref="ControlServer"/> waits for: a child to start at once (<see cref="SpawnedChild"/>)
/// or a spare to keep ready (<see cref="SpareChild"/>).
/// </summary>
internal interface IAwaitedChild
{
    /// <summary>The key of the child's one-time spawn token, with which the handshake authenticates both sides.</summary>
    byte[] TokenKey { get; }

    /// <summary>The Start frame's payload, sent right after Welcome; null for a spare, which is sent Standby instead.</summary>
    ReadOnlyMemory<byte>? StartMessage { get; }

    /// <summary>The handshake succeeded and the first frame (Start or Standby) went out: the connection is the child's.</summary>
    void OnConnected(ControlConnection connection);

    /// <summary>The handshake failed.</summary>
    void OnConnectFailed(Exception error);
}
