namespace Multiprocessing.Orleans;

/// <summary>A silo's answer to a <see cref="ClusterTaskRequest"/>.</summary>
[GenerateSerializer]
[Immutable]
public sealed class ClusterTaskReply
{
    /// <summary>How the task ended.</summary>
    [Id(0)]
    public ClusterTaskStatus Status { get; init; }

    /// <summary>The marshalled result (<see cref="ClusterTaskStatus.Succeeded"/>) or the worker's error report (<see cref="ClusterTaskStatus.TargetFailed"/>).</summary>
    [Id(1)]
    public byte[] Payload { get; init; } = [];

    /// <summary>The silo's worker process that ran (or held) the task, when known.</summary>
    [Id(2)]
    public string? WorkerName { get; init; }

    /// <summary>That worker's pid.</summary>
    [Id(3)]
    public int ProcessId { get; init; }

    /// <summary>That worker's exit code (<see cref="ClusterTaskStatus.WorkerCrashed"/>), Python-style: negative for a signal.</summary>
    [Id(4)]
    public int ExitCode { get; init; }

    /// <summary>Why the silo refused or lost the task.</summary>
    [Id(5)]
    public string? Message { get; init; }

    /// <summary>True when the silo is stopping: it answers the tasks it holds but takes no new one (send elsewhere).</summary>
    [Id(6)]
    public bool Draining { get; init; }
}
