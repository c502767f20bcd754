using System.Collections.Concurrent;
using Multiprocessing.Diagnostics;

namespace Multiprocessing.Pool;

/// <summary>
/// Delivers a map's progress (items done) to the caller's <see cref="IProgress{T}"/> on the thread pool, in order and
/// one report per chunk, never on the thread that reads results: a slow, throwing or re-entrant <c>Report</c> (one
/// that waits for more pool work) cannot stall a worker's results or break the map.
/// </summary>
internal sealed class ProgressReporter(IProgress<int> progress)
{
    private readonly object _gate = new();
    private readonly ConcurrentQueue<int> _reports = new();
    private int _done;
    private int _pumping;

    /// <summary>Counts <paramref name="items"/> more items done and reports the new total.</summary>
    internal void Add(int items)
    {
        lock (_gate)
        {
            _done += items;
            _reports.Enqueue(_done); // in the order of the totals
        }

        if (Interlocked.Exchange(ref _pumping, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static reporter => reporter.Pump(), this, preferLocal: false);
        }
    }

    private void Pump()
    {
        while (true)
        {
            while (_reports.TryDequeue(out int done))
            {
                try
                {
                    progress.Report(done);
                }
                catch (Exception ex)
                {
                    MultiprocessingEventSource.Log.CallbackFailed("A ProcessPool progress report", ex.ToString());
                }
            }

            Volatile.Write(ref _pumping, 0);
            if (_reports.IsEmpty || Interlocked.Exchange(ref _pumping, 1) != 0)
            {
                return; // nothing came in meanwhile, or another pump took over
            }
        }
    }
}
