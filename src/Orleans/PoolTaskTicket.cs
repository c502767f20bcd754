namespace Multiprocessing.Orleans;

/// <summary>
/// One cluster task a silo holds for a client that long-polls it (<see cref="IPoolWorkerGrain.Run"/>, then
/// <see cref="IPoolWorkerGrain.Collect"/>): its answer when ready, the token that cancels it in the silo's pool, and
/// when its client last asked, so that a task whose client stopped asking is cancelled and its answer dropped.
/// </summary>
internal sealed class PoolTaskTicket(TimeSpan wait)
{
    private readonly CancellationTokenSource _cancel = new();
    private int _polls;
    private long _lastSeen = Environment.TickCount64;

    /// <summary>How long each of its client's calls waits for the answer (the client's bound).</summary>
    internal TimeSpan Wait { get; } = wait;

    /// <summary>Cancels the task in the silo's pool (its client cancelled, or stopped asking).</summary>
    internal CancellationToken Token => _cancel.Token;

    internal bool Cancelled => _cancel.IsCancellationRequested;

    /// <summary>The answer, once the task ended in the silo's pool.</summary>
    internal Task<ClusterTaskReply> Reply { get; set; } = Task.FromResult(new ClusterTaskReply());

    /// <summary>
    /// How long a task is kept without a call from its client: a client asks again at once after each answer, and at
    /// the latest two bounds after a call that was not answered (<see cref="ClusterPool"/>), so a few bounds of silence
    /// mean the client is gone.
    /// </summary>
    internal static TimeSpan KeepFor(TimeSpan wait) => (4 * wait) + TimeSpan.FromSeconds(2);

    internal void Cancel() => _cancel.Cancel();

    internal void PollStarted()
    {
        Interlocked.Increment(ref _polls);
        Volatile.Write(ref _lastSeen, Environment.TickCount64);
    }

    internal void PollEnded()
    {
        Volatile.Write(ref _lastSeen, Environment.TickCount64);
        Interlocked.Decrement(ref _polls);
    }

    /// <summary>True when no call of its client waits on it and none came for <see cref="KeepFor"/>.</summary>
    internal bool Forgotten(long now) =>
        Volatile.Read(ref _polls) == 0 && now - Volatile.Read(ref _lastSeen) > (long)KeepFor(Wait).TotalMilliseconds;
}
