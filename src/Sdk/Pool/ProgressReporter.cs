using System.Collections.Concurrent;
using Multiprocessing.Diagnostics;

namespace Multiprocessing.Pool;

/// <summary>
/// Delivers a map's progress (items done) to the caller's <see cref="IProgress{T}"/>: one report per chunk, from one
/// place, in order (each <c>Report</c> call returns before the next is made), on the thread pool, never on the thread
/// that reads results: a slow, throwing or re-entrant <c>Report</c> (one that waits for more pool work) cannot stall a
/// worker's results or break the map. The operation's completion is queued behind the reports
/// (<see cref="ThenRun"/>), so the last <c>Report</c> has returned before a map's result is set.
/// </summary>
/// <remarks>
/// <see cref="Progress{T}"/> itself posts each report to the <see cref="SynchronizationContext"/> it captured; without
/// one (a console app, a service) it runs each handler as its own thread-pool item, so its handlers may still run out
/// of order and after the result: see docs/cancellation.md#progress.
/// </remarks>
internal sealed class ProgressReporter(IProgress<int> progress)
{
    private readonly object _gate = new();
    private readonly ConcurrentQueue<(int Done, Action? Then)> _queue = new();
    private int _done;
    private int _pumping;

    /// <summary>Counts <paramref name="items"/> more items done and reports the new total.</summary>
    internal void Add(int items)
    {
        lock (_gate)
        {
            _done += items;
            _queue.Enqueue((_done, null)); // in the order of the totals
        }

        Schedule();
    }

    /// <summary>Runs <paramref name="action"/> (the operation's completion) once every report before it has been made.</summary>
    internal void ThenRun(Action action)
    {
        lock (_gate)
        {
            _queue.Enqueue((0, action));
        }

        Schedule();
    }

    private void Schedule()
    {
        if (Interlocked.Exchange(ref _pumping, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static reporter => reporter.Pump(), this, preferLocal: false);
        }
    }

    private void Pump()
    {
        while (true)
        {
            while (_queue.TryDequeue(out var item))
            {
                if (item.Then is { } then)
                {
                    then();
                    continue;
                }

                try
                {
                    progress.Report(item.Done);
                }
                catch (Exception ex)
                {
                    MultiprocessingEventSource.Log.CallbackFailed("A ProcessPool progress report", ex.ToString());
                }
            }

            Volatile.Write(ref _pumping, 0);
            if (_queue.IsEmpty || Interlocked.Exchange(ref _pumping, 1) != 0)
            {
                return; // nothing came in meanwhile, or another pump took over
            }
        }
    }
}
