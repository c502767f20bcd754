namespace Multiprocessing;

/// <summary>
/// How a child process is started (Python's start methods, <c>multiprocessing.set_start_method</c>). Set it for the
/// whole process with <see cref="Multiprocess.StartMethod"/>, or for one pool with
/// <see cref="ProcessPoolOptions.StartMethod"/>.
/// </summary>
public enum StartMethod
{
    /// <summary>
    /// Every <see cref="ChildProcess.Start()"/> launches a fresh process (Python's <c>spawn</c>). The default: no process
    /// runs before it is asked for.
    /// </summary>
    Spawn = 0,

    /// <summary>
    /// Like <c>spawn</c>, but the parent keeps ready spare children in the spirit of Python's <c>forkserver</c>:
    /// processes already launched, connected, authenticated and warmed up, which wait without using CPU.
    /// <see cref="ChildProcess.Start()"/> and a pool's replacement of a crashed worker hand their work to a spare (a few
    /// milliseconds instead of a launch) and a new spare is launched in the background. A spare is used only by a
    /// start that would have launched the same command line with the same environment and working directory; any
    /// other start launches a fresh process, as <see cref="Spawn"/> does. How many spares are kept:
    /// <see cref="Multiprocess.SpareProcesses"/>.
    /// </summary>
    WarmSpawn = 1,
}
