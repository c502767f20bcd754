using Multiprocessing.Spawn;

namespace Multiprocessing.Pool;

/// <summary>
/// A pool worker's cancellation state: the token of the task it runs, cancelled by the worker's control-channel
/// reader when the parent sends Cancel for that task (or for every task). A Cancel for a task the worker has not
/// started yet is remembered, and that task is then answered with <see cref="OperationCanceledException"/> without
/// running. One token source serves task after task (reset when not cancelled): no allocation per task.
/// </summary>
internal sealed class WorkerCancellation
{
    /// <summary>The id a Cancel frame carries to cancel every task, running and to come (the pool or host stops).</summary>
    internal const long AllTasks = -1;

    private readonly object _gate = new();
    private readonly HashSet<long> _ahead = [];
    private CancellationTokenSource _source = new();
    private long _current = long.MinValue;
    private bool _running;
    private bool _all;

    /// <summary>A task starts: returns its token, or false when it was cancelled before it started.</summary>
    internal bool TryBegin(long id, out CancellationToken token)
    {
        lock (_gate)
        {
            _current = id;
            if (_all || _ahead.Remove(id))
            {
                token = new CancellationToken(canceled: true);
                return false;
            }

            if (!_source.TryReset())
            {
                _source.Dispose();
                _source = new CancellationTokenSource();
            }

            _running = true;
            token = _source.Token;
            return true;
        }
    }

    /// <summary>The running task has ended: a late Cancel for it is ignored.</summary>
    internal void End()
    {
        lock (_gate)
        {
            _running = false;
        }
    }

    /// <summary>Handles a Cancel frame from the parent (on the control-channel reader thread).</summary>
    internal void Cancel(long id)
    {
        CancellationTokenSource? cancel = null;
        lock (_gate)
        {
            if (id == AllTasks)
            {
                _all = true;
                cancel = _running ? _source : null;
            }
            else if (id == _current)
            {
                cancel = _running ? _source : null;
            }
            else if (id > _current)
            {
                _ahead.Add(id); // sent, not started yet: tasks arrive in id order
            }
        }

        if (cancel is not null)
        {
            ChildBootstrap.CancelQuietly(cancel);
        }
    }
}
