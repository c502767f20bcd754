namespace Samples.RemoteManager;

/// <summary>What a worker writes to the result dictionary for one job (a record: its marshaller is generated).</summary>
public sealed record JobResult(int Job, long Square, string Worker, int WorkerPid);
