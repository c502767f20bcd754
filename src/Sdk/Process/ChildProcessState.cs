namespace Multiprocessing;

/// <summary>Where a <see cref="ChildProcess"/> is in its life.</summary>
public enum ChildProcessState
{
    /// <summary>Created; <see cref="ChildProcess.Start()"/> has not been called.</summary>
    Initial,

    /// <summary>Started and not yet exited.</summary>
    Started,

    /// <summary>The child has exited; <see cref="ChildProcess.ExitCode"/> is known.</summary>
    Exited,

    /// <summary><see cref="ChildProcess.Close"/> or <see cref="ChildProcess.Dispose"/> released it.</summary>
    Closed,
}
