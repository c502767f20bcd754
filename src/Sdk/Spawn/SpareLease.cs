namespace Multiprocessing.Spawn;

/// <summary>
/// A pool's claim on the warm start: while the pool lives, spares are kept for the command its workers use, even when
/// <see cref="Multiprocess.StartMethod"/> is <see cref="StartMethod.Spawn"/>. Disposing it gives the claim up (the
/// spares go when nothing else wants them).
/// </summary>
internal sealed class SpareLease : IDisposable
{
    /// <summary>The command it holds spares for, once its first start named one (guarded by <see cref="SpareSupply"/>'s lock).</summary>
    internal SpareSet? Set { get; set; }

    /// <summary>Given up (guarded by <see cref="SpareSupply"/>'s lock).</summary>
    internal bool Released { get; set; }

    public void Dispose() => SpareSupply.Release(this);
}
