using System.Runtime.InteropServices;

namespace Multiprocessing.Hosting;

/// <summary>Signal handling for pool workers of a hosted app.</summary>
public static class WorkerSignals
{
    private static PosixSignalRegistration? s_interrupt;

    /// <summary>
    /// Makes this process ignore SIGINT (Ctrl+C). Meant for a pool worker: Ctrl+C in a terminal signals the host and
    /// every worker at once; the host shuts down gracefully and closes the pool, and a worker that ignores the signal
    /// finishes its task instead of dying. SIGTERM still ends the process (<see cref="ProcessPool.Terminate"/> uses it).
    /// Call it from a pool initializer; <see cref="ProcessPoolHostOptions.IgnoreInterruptInWorkers"/> does it for you
    /// when the pool has no initializer of its own.
    /// </summary>
    public static void IgnoreInterrupt()
    {
        if (s_interrupt is null && !OperatingSystem.IsWindows())
        {
            s_interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, static context => context.Cancel = true);
        }
    }
}
