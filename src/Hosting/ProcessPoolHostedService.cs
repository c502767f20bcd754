using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Multiprocessing.Hosting;

/// <summary>
/// Owns the hosted <see cref="ProcessPool"/>: creates it (on first use or when the host starts, whichever comes
/// first), warms it up before any other hosted service starts, and stops it after every other hosted service has
/// stopped: submitted work finishes within the host's shutdown timeout, then the workers are terminated.
/// </summary>
internal sealed class ProcessPoolHostedService : IHostedLifecycleService, IDisposable, IAsyncDisposable
{
    /// <summary>How long to wait for terminated workers to exit (they get SIGTERM; a hang here is a bug).</summary>
    private static readonly TimeSpan TerminateWait = TimeSpan.FromSeconds(30);

    private readonly ProcessPoolHostOptions _options;
    private readonly ILogger _logger;
    private readonly ILogger _workerLogger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly LibraryEventForwarder _libraryEvents;
    private readonly object _gate = new();
    private ProcessPool? _pool;
    private int _starts;
    private bool _stopped;

    public ProcessPoolHostedService(IOptions<ProcessPoolHostOptions> options, ILoggerFactory loggerFactory)
    {
        _options = options.Value;
        _logger = loggerFactory.CreateLogger(PoolLog.PoolCategory);
        _workerLogger = loggerFactory.CreateLogger(PoolLog.WorkerCategory);
        _loggerFactory = loggerFactory;
        _libraryEvents = new LibraryEventForwarder(loggerFactory);
    }

    /// <summary>The pool, created on first use.</summary>
    /// <exception cref="ObjectDisposedException">The host has stopped and disposed the pool.</exception>
    internal ProcessPool Pool
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_stopped && _pool is null, this);
                return _pool ??= CreatePool();
            }
        }
    }

    /// <summary>The pool if it was created, without creating it.</summary>
    internal ProcessPool? PoolIfCreated
    {
        get
        {
            lock (_gate)
            {
                return _pool;
            }
        }
    }

    /// <summary>The number of workers the pool keeps (resolved: 0 in the options means the CPU count).</summary>
    internal int Processes => _options.Processes == 0 ? Multiprocess.CpuCount : _options.Processes;

    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var pool = Pool;
        if (_options.WarmUp)
        {
            await WarmUpAsync(pool, cancellationToken).ConfigureAwait(false);
        }

        PoolLog.PoolStarted(_logger, pool.Processes, string.Join(", ", pool.WorkerPids));
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs after every hosted service has stopped (so consumers can still submit and await while they stop):
    /// closes the pool, waits for the submitted work until <paramref name="cancellationToken"/> (the host's shutdown
    /// timeout) or <see cref="ProcessPoolHostOptions.ShutdownGrace"/> runs out, then cancels the running targets'
    /// tokens, gives them <see cref="ProcessPoolHostOptions.CancellationGrace"/> and terminates the workers.
    /// </summary>
    /// <param name="cancellationToken">Fires when the host's shutdown timeout has passed.</param>
    /// <returns>A task that completes when every worker has exited.</returns>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        ProcessPool? pool;
        lock (_gate)
        {
            _stopped = true;
            pool = _pool;
        }

        if (pool is null)
        {
            return;
        }

        if (pool.State == PoolState.Running)
        {
            PoolLog.PoolStopping(_logger, pool.PendingCount, pool.WorkerPids.Count);
            pool.Close();
        }

        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.ShutdownGrace is { } limit)
        {
            grace.CancelAfter(limit);
        }

        try
        {
            if (pool.State != PoolState.Running)
            {
                await pool.JoinAsync(grace.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (grace.IsCancellationRequested)
        {
            int workers = pool.WorkerPids.Count;

            // The running targets' tokens are cancelled first: a target that honours its token ends (its task fails
            // with OperationCanceledException) before the workers are terminated.
            await pool.TerminateAsync(_options.CancellationGrace < TimeSpan.Zero ? TimeSpan.Zero : _options.CancellationGrace).ConfigureAwait(false);
            PoolLog.PoolTerminated(_logger, workers);
            // Terminate signals every worker; wait for them so that none outlives the host.
            await pool.JoinAsync().WaitAsync(TerminateWait, CancellationToken.None).ConfigureAwait(false);
        }

        PoolLog.PoolStopped(_logger);
    }

    /// <summary>Terminates the pool if the host did not stop it (a host disposed without stopping, or a failed start).</summary>
    /// <returns>A task that completes when every worker has exited.</returns>
    public async ValueTask DisposeAsync()
    {
        ProcessPool? pool;
        lock (_gate)
        {
            _stopped = true;
            pool = _pool;
        }

        if (pool is not null)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        _libraryEvents.Dispose();
    }

    /// <summary>Terminates the pool if the host did not stop it, and waits for its workers.</summary>
    public void Dispose()
    {
        ProcessPool? pool;
        lock (_gate)
        {
            _stopped = true;
            pool = _pool;
        }

        pool?.Dispose();
        _libraryEvents.Dispose();
    }

    private ProcessPool CreatePool()
    {
        var options = new ProcessPoolOptions
        {
            Processes = _options.Processes,
            MaxTasksPerChild = _options.MaxTasksPerChild,
        };
        _options.Configure?.Invoke(options);
        options.WorkerEvents = OnWorkerEvent;
        if (_options.ForwardOutput)
        {
            options.WorkerOutput = OnWorkerOutput;
        }

        return new ProcessPool(options);
    }

    /// <summary>
    /// Waits until every worker has answered a probe task (so it is connected and taking work), or, with a task quota
    /// per worker, until every worker process is running.
    /// </summary>
    private async Task WarmUpAsync(ProcessPool pool, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.WarmUpTimeout);
        var answered = new HashSet<int>();
        try
        {
            while (true)
            {
                var alive = pool.WorkerPids;
                if (alive.Count >= pool.Processes && (pool.MaxTasksPerChild > 0 || alive.All(answered.Contains)))
                {
                    return;
                }

                if (pool.MaxTasksPerChild == 0)
                {
                    // The pool gives a task to an idle worker first: a round of one probe per worker reaches every
                    // ready worker; a worker still starting is probed by a later round.
                    var probes = Enumerable.Range(0, pool.Processes)
                        .Select(_ => pool.ApplyAsync(HostingTargets.Probe, cancellationToken: timeout.Token))
                        .ToArray();
                    try
                    {
                        answered.UnionWith(await Task.WhenAll(probes).WaitAsync(timeout.Token).ConfigureAwait(false));
                    }
                    catch (WorkerCrashedException)
                    {
                        // A worker died while starting; the pool replaces it and a later round probes the replacement.
                    }
                }

                await Task.Delay(10, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The process pool's workers did not all start within {_options.WarmUpTimeout} ({pool.WorkerPids.Count} of {pool.Processes} running). " +
                "Check the workers' output above, raise ProcessPoolHostOptions.WarmUpTimeout, or set WarmUp to false.");
        }
    }

    private void OnWorkerEvent(PoolWorkerEvent e)
    {
        switch (e.Kind)
        {
            case PoolWorkerEventKind.Started when Interlocked.Increment(ref _starts) <= Processes:
                PoolLog.WorkerStarted(_logger, e.WorkerName, e.ProcessId);
                break;
            case PoolWorkerEventKind.Started:
                PoolLog.WorkerReplaced(_logger, e.WorkerName, e.ProcessId);
                break;
            case PoolWorkerEventKind.Exited:
                PoolLog.WorkerExited(_logger, e.WorkerName, e.ProcessId, e.ExitCode);
                break;
            case PoolWorkerEventKind.Crashed:
                PoolLog.WorkerCrashed(_logger, e.WorkerName, e.ProcessId, e.ExitCode, e.TasksLost);
                break;
        }
    }

    private void OnWorkerOutput(ChildOutputLine line)
    {
        using var scope = PoolLog.WorkerScope(_workerLogger, line.ProcessName, line.ProcessId);
        if (!line.IsError && ChildLogLine.TryParse(line.Text, out var level, out var eventId, out var category, out var message))
        {
            // An entry of an ILogger<T> the worker got as an argument: logged as if the worker had the parent's logger.
            _loggerFactory.CreateLogger(category).Log(level, eventId, message, null, static (text, _) => text);
            return;
        }

        if (line.IsError)
        {
            PoolLog.WorkerError(_workerLogger, line.Text);
        }
        else
        {
            PoolLog.WorkerOutput(_workerLogger, line.Text);
        }
    }
}
