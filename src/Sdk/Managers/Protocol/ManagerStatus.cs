namespace Multiprocessing.Managers.Protocol;

/// <summary>The first byte of every reply.</summary>
internal enum ManagerStatus : byte
{
    /// <summary>The request succeeded; its result follows.</summary>
    Ok = 0,

    /// <summary>The request failed: a <see cref="ManagerError"/> code, the message, and for <see cref="ManagerError.Remote"/> the remote type and stack.</summary>
    Error = 1,
}
