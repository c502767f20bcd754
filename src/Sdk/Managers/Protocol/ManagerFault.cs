namespace Multiprocessing.Managers.Protocol;

/// <summary>A request the server cannot fulfil: sent back to the client as an error reply (never crashes the server).</summary>
internal sealed class ManagerFault : Exception
{
    internal ManagerFault(ManagerError code, string message, string? remoteType = null, string? remoteStack = null)
        : base(message)
    {
        Code = code;
        RemoteType = remoteType;
        RemoteStack = remoteStack;
    }

    internal ManagerError Code { get; }

    internal string? RemoteType { get; }

    internal string? RemoteStack { get; }
}
