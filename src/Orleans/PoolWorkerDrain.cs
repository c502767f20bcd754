using Microsoft.Extensions.Options;

namespace Multiprocessing.Orleans;

/// <summary>
/// Lets a silo that stops gracefully answer the cluster tasks it holds before it leaves the cluster. Its stop runs
/// at <see cref="ServiceLifecycleStage.Active"/>, the first stage a silo stops, while the silo is still active in the
/// membership and its messaging still carries answers: from then on new tasks are refused as not started (the client
/// sends them elsewhere, whatever their target), and the stop waits until every task the silo holds has been
/// answered (bounded by <see cref="ProcessPoolWorkerOptions.DrainTimeout"/> and the host's shutdown timeout). Only
/// then does the silo announce that it shuts down and deactivate its grains.
/// </summary>
internal sealed class PoolWorkerDrain(IOptions<ProcessPoolWorkerOptions> options) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly object _gate = new();
    private TaskCompletionSource? _idle;
    private int _running;
    private bool _draining;

    /// <summary>Cluster tasks the silo holds now.</summary>
    internal int Running => Volatile.Read(ref _running);

    /// <summary>True once the silo stops: it takes no new task.</summary>
    internal bool Draining => Volatile.Read(ref _draining);

    /// <summary>Counts a task in, unless the silo is stopping.</summary>
    /// <returns>False when the silo takes no new task.</returns>
    internal bool TryEnter()
    {
        lock (_gate)
        {
            if (_draining)
            {
                return false;
            }

            _running++;
            return true;
        }
    }

    /// <summary>Counts a task out (its answer is ready).</summary>
    internal void Exit()
    {
        lock (_gate)
        {
            if (--_running == 0)
            {
                _idle?.TrySetResult();
            }
        }
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PoolWorkerDrain), ServiceLifecycleStage.Active, static _ => Task.CompletedTask, DrainAsync);

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            _draining = true;
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running == 0)
            {
                _idle.TrySetResult();
            }

            idle = _idle.Task;
        }

        try
        {
            await idle.WaitAsync(options.Value.DrainTimeout, cancellationToken).ConfigureAwait(false);

            // The last answers are on their way to their clients; they told them this silo takes no more work
            // (ClusterTaskReply.Draining). A short pause lets them arrive before the silo announces that it shuts down.
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // Out of time: the silo stops now, and the tasks it still holds fail on their clients with SiloLostException
            // (or go elsewhere when idempotent).
        }
    }
}
