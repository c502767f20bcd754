namespace Multiprocessing;

/// <summary>A change in a pool's workers, reported through <see cref="ProcessPoolOptions.WorkerEvents"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="WorkerName">The worker's process name (<c>SpawnPoolWorker-N</c>).</param>
/// <param name="ProcessId">The worker's pid (0 when it could not be started).</param>
/// <param name="ExitCode">The exit code, for <see cref="PoolWorkerEventKind.Exited"/> and <see cref="PoolWorkerEventKind.Crashed"/>.</param>
/// <param name="TasksLost">How many tasks failed with the worker (crashes only).</param>
public readonly record struct PoolWorkerEvent(PoolWorkerEventKind Kind, string WorkerName, int ProcessId, int? ExitCode, int TasksLost);
