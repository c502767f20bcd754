using System.Diagnostics;

namespace Multiprocessing.Spawn;

/// <summary>The spares of one command line (<see cref="ChildLauncher.CommandOf"/>), and who wants them (guarded by <see cref="SpareSupply"/>'s lock).</summary>
internal sealed class SpareSet
{
    internal SpareSet(string command, Func<ProcessStartInfo> launcher)
    {
        Command = command;
        Launcher = launcher;
    }

    internal string Command { get; }

    /// <summary>Makes the start info of one more spare (the environment as it is when called).</summary>
    internal Func<ProcessStartInfo> Launcher { get; set; }

    /// <summary>Launched, not yet adopted nor gone: connecting, warming up or ready.</summary>
    internal List<SpareChild> Spares { get; } = [];

    /// <summary>Spares being launched on a thread-pool thread, not in <see cref="Spares"/> yet.</summary>
    internal int Launching { get; set; }

    /// <summary>Spares in a row that exited before they said Ready; at <see cref="SpareSupply.MaxFailures"/> no more are launched.</summary>
    internal int Failures { get; set; }

    /// <summary>A start through <see cref="Multiprocess.StartMethod"/> used this command: wanted while that is <see cref="StartMethod.WarmSpawn"/>.</summary>
    internal bool Global { get; set; }

    /// <summary>Live pools with <see cref="ProcessPoolOptions.StartMethod"/> = <see cref="StartMethod.WarmSpawn"/> that use this command.</summary>
    internal int Leases { get; set; }
}
