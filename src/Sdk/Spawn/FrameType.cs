namespace Multiprocessing.Spawn;

/// <summary>The kinds of frame on a parent-child control channel (see docs/wire-format.md).</summary>
internal enum FrameType : byte
{
    /// <summary>Child to parent, first frame: the 16-byte id of the child's one-time spawn token (not its key).</summary>
    Hello = 1,

    /// <summary>Parent to child: 32 random bytes to answer with an HMAC.</summary>
    Challenge = 2,

    /// <summary>Child to parent: HMAC-SHA256(token key, child label + challenge).</summary>
    Response = 3,

    /// <summary>Parent to child: the response was right; the payload is the parent's proof, HMAC-SHA256(token key, parent label + challenge).</summary>
    Welcome = 4,

    /// <summary>Parent to child: the response was wrong; the connection closes.</summary>
    Failure = 5,

    /// <summary>Parent to child: the target id, the child's identity, the authkey and the marshalled arguments.</summary>
    Start = 6,

    /// <summary>Child to parent: the marshalled result (empty for void targets).</summary>
    Result = 7,

    /// <summary>Child to parent: the target's exception (type name, message, stack trace).</summary>
    Error = 8,

    /// <summary>Child to parent: the exit code the child is about to exit with.</summary>
    Exit = 9,

    /// <summary>Pool to worker: int64 task id, byte kind (0 apply, 1 batch), string target id, string? assembly name, the payload.</summary>
    Task = 10,

    /// <summary>Worker to pool: int64 task id, then the marshalled result.</summary>
    TaskResult = 11,

    /// <summary>Worker to pool: int64 task id (-1: the initializer), exception type name, message, stack trace.</summary>
    TaskError = 12,

    /// <summary>Pool to worker: no more tasks; exit once idle.</summary>
    Stop = 13,

    /// <summary>Parent to child, instead of Start: the child is a spare (warm start); it warms up, answers Ready and waits for Start.</summary>
    Standby = 14,

    /// <summary>Child to parent, after Standby: warmed up, waiting for Start without using CPU. Empty.</summary>
    Ready = 15,

    /// <summary>
    /// Parent to child, while the target runs: cancel the token a target's <see cref="CancellationToken"/> parameter
    /// received. Empty for a plain child; for a pool worker, the int64 id of the task (-1: every task, now and later).
    /// </summary>
    Cancel = 16,
}
