namespace Multiprocessing.Orleans;

public sealed partial class ClusterPool
{
    /// <summary>Reads the cluster's membership now and waits for it (the pool also does so by itself, every <see cref="ClusterPoolOptions.MembershipRefresh"/>).</summary>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>A task that completes when the pool knows the silos that serve work.</returns>
    public Task RefreshAsync(CancellationToken cancellationToken = default) => RefreshCoreAsync().WaitAsync(cancellationToken);

    private void Tick()
    {
        List<ClusterWorkItem> expired = [];
        bool work;
        lock (_gate)
        {
            work = _pending.Count > 0 || _inFlight > 0 || _silos.Count == 0;
            if (_waitingSince != 0 && Environment.TickCount64 - _waitingSince > (long)_options.NoSiloTimeout.TotalMilliseconds)
            {
                expired.AddRange(_pending);
                _pending.Clear();
                _waitingSince = 0;
                CheckStoppedLocked();
            }
        }

        if (expired.Count > 0)
        {
            var error = new ProcessException(
                $"No silo took this task within {_options.NoSiloTimeout.TotalSeconds:0.#} s: no silo in the cluster serves the pool " +
                "(siloBuilder.AddProcessPoolWorker()), or every silo that could was lost. Start a silo, or check the cluster's membership.");
            expired.ForEach(i => i.Task.Fail(error));
        }

        if (work)
        {
            RequestRefresh();
        }
    }

    private void RequestRefresh()
    {
        if (Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = RefreshCoreAsync().ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    private async Task RefreshCoreAsync()
    {
        try
        {
            // Every silo the membership lists: an active one takes work; one shutting down or stopping takes no more, but
            // still answers what it holds (a graceful stop loses nothing); a dead or forgotten one has lost what it held.
            var hosts = await _grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false).ConfigureAwait(false);
            var statuses = hosts.ToDictionary(static p => p.Key.ToParsableString(), static p => p.Value, StringComparer.Ordinal);
            var active = statuses.Where(static p => p.Value == SiloStatus.Active).Select(static p => p.Key).ToHashSet(StringComparer.Ordinal);
            var leaving = statuses.Where(static p => p.Value is SiloStatus.ShuttingDown or SiloStatus.Stopping).Select(static p => p.Key).ToHashSet(StringComparer.Ordinal);
            var known = Silos;
            var asks = active.Except(known).Select(async address =>
            {
                var grain = _grains.GetGrain<IPoolWorkerGrain>(address);
                try
                {
                    var capacity = await grain.GetCapacity().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                    return (address, grain, capacity);
                }
                catch (Exception)
                {
                    return (address, grain, (PoolWorkerCapacity?)null); // no pool worker there (or not reachable yet): asked again next time
                }
            }).ToArray();
            var answers = await Task.WhenAll(asks).ConfigureAwait(false);

            List<(SiloState Silo, ClusterWorkItem[] Held)> gone = [];
            List<(SiloState Silo, ClusterWorkItem Item)> rerouted = [];
            lock (_gate)
            {
                foreach (var (address, grain, capacity) in answers)
                {
                    if (capacity is { Workers: > 0, Accepting: true })
                    {
                        // Two refreshes may overlap (the first tick and RefreshAsync): the first one's state stays, with the tasks it holds.
                        _silos.TryAdd(address, new SiloState(address, grain, capacity.Workers));
                    }
                }

                foreach (var silo in _silos.Values)
                {
                    silo.Accepting = active.Contains(silo.Address) && !silo.Draining;
                }

                foreach (var silo in _silos.Values.Where(s => !active.Contains(s.Address) && !leaving.Contains(s.Address)).ToArray())
                {
                    _silos.Remove(silo.Address);
                    var held = silo.Held.ToArray();
                    foreach (var item in held)
                    {
                        item.Attempt++; // its answer, should one still come, is late
                    }

                    _inFlight -= held.Length;
                    silo.Held.Clear();
                    gone.Add((silo, held));
                }
            }

            lock (_gate)
            {
                if (gone.Count > 0)
                {
                    // A client reaches each silo through some gateway, and an answer that was to come back through a
                    // lost silo's gateway never comes (Orleans waits for its response timeout, 30 s). So the idempotent
                    // tasks that live silos hold are sent again too: the first answer wins, a late one is dropped.
                    foreach (var silo in _silos.Values)
                    {
                        foreach (var item in silo.Held.Where(static i => i.Idempotent).ToArray())
                        {
                            item.Attempt++;
                            silo.Held.Remove(item);
                            _inFlight--;
                            rerouted.Add((silo, item));
                        }
                    }
                }
            }

            foreach (var (silo, item) in rerouted)
            {
                Lost(silo, item, null, exclude: false);
            }

            foreach (var (silo, held) in gone)
            {
                foreach (var item in held)
                {
                    Lost(silo, item, null, exclude: true);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The cluster cannot be read now (the client is reconnecting): the next tick tries again.
        }
        finally
        {
            _firstRefresh.TrySetResult();
            Volatile.Write(ref _refreshing, 0);
        }

        Pump();
    }
}
