namespace Multiprocessing.Orleans;

/// <summary>How a <see cref="ClusterPool"/> spreads work over the cluster.</summary>
public sealed class ClusterPoolOptions
{
    private readonly List<Delegate> _idempotent = [];

    /// <summary>
    /// The cluster's shared secret: each request carries an HMAC-SHA256 proof made with it, and silos whose
    /// <see cref="ProcessPoolWorkerOptions.SharedSecret"/> is set run only requests with a matching proof. Null: no proof.
    /// </summary>
    public byte[]? SharedSecret { get; set; }

    /// <summary>Tasks in flight per worker of a silo (default 2: one running, one waiting, as a local pool keeps them).</summary>
    public int TasksPerWorker { get; set; } = 2;

    /// <summary>How often the pool reads the cluster's membership while it has work (default 1 s): new silos start taking work, lost ones give theirs back.</summary>
    public TimeSpan MembershipRefresh { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long work may wait with no silo to run it before it fails (default 30 s): the map never hangs.</summary>
    public TimeSpan NoSiloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a task of an idempotent target is sent again after its silo was lost (default 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The targets marked idempotent so far.</summary>
    internal IReadOnlyList<Delegate> IdempotentTargets => _idempotent;

    /// <summary>
    /// Marks <paramref name="target"/> idempotent: running it twice does no harm, so a task of it whose silo was lost is
    /// sent again to another silo instead of failing with <see cref="SiloLostException"/>. When a silo leaves, the tasks
    /// of idempotent targets that live silos hold are sent again as well (their answers may have been on their way
    /// through the lost silo's gateway); the first answer wins.
    /// </summary>
    /// <param name="target">A <see cref="ProcessTargetAttribute"/> method (a method group: <c>options.MarkIdempotent(Work.Square)</c>).</param>
    /// <returns>These options.</returns>
    public ClusterPoolOptions MarkIdempotent(Delegate target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _idempotent.Add(target);
        return this;
    }
}
