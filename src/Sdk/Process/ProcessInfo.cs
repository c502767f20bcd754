namespace Multiprocessing;

/// <summary>
/// Who a process is (Python's <c>current_process()</c> and <c>parent_process()</c>): its name, pid, authkey and
/// whether it is a daemon.
/// </summary>
public sealed class ProcessInfo
{
    internal ProcessInfo(string name, int pid, byte[] authkey, bool daemon)
    {
        Name = name;
        Pid = pid;
        AuthKey = authkey;
        Daemon = daemon;
    }

    /// <summary>The process name (<c>MainProcess</c> for the main process, <c>Process-N</c> by default for children).</summary>
    public string Name { get; }

    /// <summary>The operating-system process id.</summary>
    public int Pid { get; }

    /// <summary>The authentication key that children inherit (32 random bytes in the main process).</summary>
    public byte[] AuthKey { get; }

    /// <summary>Whether this process was started as a daemon child.</summary>
    public bool Daemon { get; }

    /// <inheritdoc />
    public override string ToString() => $"<{Name} pid={Pid}{(Daemon ? " daemon" : "")}>";
}
