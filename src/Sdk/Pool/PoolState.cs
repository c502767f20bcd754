namespace Multiprocessing;

/// <summary>Where a <see cref="ProcessPool"/> is in its life.</summary>
public enum PoolState
{
    /// <summary>Taking tasks.</summary>
    Running,

    /// <summary><see cref="ProcessPool.Close"/> was called: no new tasks; the workers exit once the submitted ones are done.</summary>
    Closed,

    /// <summary><see cref="ProcessPool.Terminate()"/> (or Dispose) stopped the workers; unfinished tasks failed.</summary>
    Terminated,

    /// <summary>The initializer failed in a worker: no worker can start, so every task fails.</summary>
    Broken,
}
