using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Multiprocessing.Hosting.Tests.Infrastructure;

namespace Multiprocessing.Hosting.Tests;

public sealed class ProcessPoolHostingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AddProcessPool_registers_one_pool_one_hosted_service_and_the_health_check()
    {
        var (host, logs) = TestHost.Build(b =>
        {
            b.Services.AddProcessPool(o => o.Processes = 1);
            b.Services.AddProcessPool(o => o.WarmUp = true); // a second call adds configuration, not a second pool
        });
        using (host)
        {
            Assert.Single(host.Services.GetServices<IHostedService>().OfType<ProcessPoolHostedService>());
            Assert.NotNull(host.Services.GetRequiredService<ProcessPoolHealthCheck>());
            var pool = host.Services.GetRequiredService<ProcessPool>();
            Assert.Same(pool, host.Services.GetRequiredService<ProcessPool>());
            Assert.Equal(1, pool.Processes);

            await host.StartAsync();
            Assert.Same(pool, host.Services.GetRequiredService<ProcessPool>()); // resolved before start: the same pool, warmed up
            int pid = await pool.ApplyAsync(Work.Pid);
            Assert.NotEqual(Environment.ProcessId, pid);
            await host.StopAsync();
            Assert.NotEqual(PoolState.Running, pool.State);
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task Options_bind_from_the_ProcessPool_configuration_section_and_the_delegate_runs_after()
    {
        var configuration = new Dictionary<string, string?>
        {
            ["ProcessPool:Processes"] = "2",
            ["ProcessPool:MaxTasksPerChild"] = "5",
            ["ProcessPool:WarmUp"] = "false",
            ["ProcessPool:ForwardOutput"] = "false",
            ["ProcessPool:ShutdownGrace"] = "00:00:07",
            ["ProcessPool:WarmUpTimeout"] = "00:00:30",
        };
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(b.Configuration.GetSection("ProcessPool"), o => o.ForwardOutput = true), configuration);
        using (host)
        {
            var options = host.Services.GetRequiredService<IOptions<ProcessPoolHostOptions>>().Value;
            Assert.Equal(2, options.Processes);
            Assert.Equal(5, options.MaxTasksPerChild);
            Assert.False(options.WarmUp);
            Assert.True(options.ForwardOutput); // the delegate runs after the binding
            Assert.Equal(TimeSpan.FromSeconds(7), options.ShutdownGrace);
            Assert.Equal(TimeSpan.FromSeconds(30), options.WarmUpTimeout);

            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            Assert.Equal(2, pool.Processes);
            Assert.Equal(5, pool.MaxTasksPerChild);
            var squares = await pool.MapAsync(Work.Square, [2, 3]);
            Assert.Equal([4, 9], squares);
            await host.StopAsync();
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task The_pool_is_warm_before_any_hosted_service_starts_and_stops_after_all_of_them()
    {
        var (host, logs) = TestHost.Build(b =>
        {
            // Registered before the pool: a plain hosted service would start before it and stop after it.
            b.Services.AddHostedService<Observer>();
            b.Services.AddProcessPool(o => o.Processes = 2);
        });
        using (host)
        {
            await host.StartAsync();
            var observer = host.Services.GetServices<IHostedService>().OfType<Observer>().Single();
            var pool = host.Services.GetRequiredService<ProcessPool>();

            // When the observer started, every worker had answered the warm-up probe.
            Assert.Equal(2, observer.WorkersAtStart);
            Assert.True(observer.PoolStartedLoggedAtStart);
            Assert.Equal(2, logs.WithEventId(ProcessPoolEventIds.WorkerStarted).Count);
            Assert.Equal(pool.WorkerPids.Order(), logs.StartedPids().Order());

            await host.StopAsync();

            // While the observer stopped, the pool still ran its task; the pool stopped afterwards.
            Assert.Contains(observer.PidDuringStop, logs.StartedPids());
            Assert.True(observer.StoppingLoggedAtStop is false);
            Assert.Single(logs.WithEventId(ProcessPoolEventIds.PoolStopping));
            Assert.Single(logs.WithEventId(ProcessPoolEventIds.PoolStopped));
            Assert.Empty(logs.WithEventId(ProcessPoolEventIds.PoolTerminated));
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task StopAsync_lets_the_work_in_flight_finish()
    {
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o => o.Processes = 2));
        using (host)
        {
            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            var running = pool.ApplyAsync(Work.SleepThenPid, 300);
            var queued = Enumerable.Range(0, 4).Select(_ => pool.ApplyAsync(Work.SleepThenPid, 100)).ToList();

            await host.StopAsync();

            Assert.Contains(await running, logs.StartedPids());
            foreach (var result in queued)
            {
                Assert.Contains(await result, logs.StartedPids());
            }

            Assert.Equal(PoolState.Closed, pool.State);
            Assert.Empty(pool.WorkerPids);
            Assert.Single(logs.WithEventId(ProcessPoolEventIds.PoolStopping));
            Assert.Empty(logs.WithEventId(ProcessPoolEventIds.PoolTerminated));
            Assert.Empty(logs.WithEventId(ProcessPoolEventIds.WorkerCrashed));
            Action submitAfterStop = () => pool.ApplyAsync(Work.Pid); // refused synchronously: no result Task is made
            Assert.Throws<InvalidOperationException>(submitAfterStop);
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task StopAsync_terminates_the_workers_when_the_shutdown_timeout_runs_out()
    {
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o => o.Processes = 2));
        using (host)
        {
            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            var endless = pool.ApplyAsync(Work.SleepThenPid, 120_000);

            using var shutdownTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await host.StopAsync(shutdownTimeout.Token).WaitAsync(Patience);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await endless);
            Assert.Contains("terminated", error.Message);
            Assert.Equal(PoolState.Terminated, pool.State);
            var terminated = Assert.Single(logs.WithEventId(ProcessPoolEventIds.PoolTerminated));
            Assert.Equal(LogLevel.Warning, terminated.Level);
            Assert.Single(logs.WithEventId(ProcessPoolEventIds.PoolStopped));
            Assert.Empty(pool.WorkerPids);
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task ShutdownGrace_shortens_the_wait_for_work_in_flight()
    {
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o =>
        {
            o.Processes = 1;
            o.ShutdownGrace = TimeSpan.FromMilliseconds(300);
        }));
        using (host)
        {
            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            var endless = pool.ApplyAsync(Work.SleepThenPid, 120_000);
            await host.StopAsync().WaitAsync(Patience); // the host's own timeout (30 s) is not what ends the wait

            await Assert.ThrowsAsync<InvalidOperationException>(async () => await endless);
            Assert.Single(logs.WithEventId(ProcessPoolEventIds.PoolTerminated));
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task Shutdown_cancels_running_targets_tokens_before_it_terminates_the_workers()
    {
        string marker = Path.GetTempFileName();
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o =>
        {
            o.Processes = 1;
            o.ShutdownGrace = TimeSpan.FromMilliseconds(300);
            o.CancellationGrace = Patience;
        }));
        try
        {
            using (host)
            {
                await host.StartAsync();
                var pool = host.Services.GetRequiredService<ProcessPool>();
                var running = pool.ApplyAsync(Work.WaitForCancellation, marker);
                while (File.ReadAllText(marker) != "started")
                {
                    await Task.Delay(10);
                }

                await host.StopAsync().WaitAsync(Patience);

                // The target saw its token cancelled and returned: its task is cancelled, not failed by the termination.
                Assert.Equal("cancelled", File.ReadAllText(marker));
                await Assert.ThrowsAsync<OperationCanceledException>(async () => await running);
                Assert.Single(logs.WithEventId(ProcessPoolEventIds.PoolTerminated));
            }

            Processes.AssertNoneAlive(logs.StartedPids());
        }
        finally
        {
            File.Delete(marker);
        }
    }

    [Fact]
    public async Task A_worker_crash_is_logged_with_its_exit_code_and_the_pool_recovers()
    {
        string pidFile = Path.GetTempFileName();
        var (host, logs) = TestHost.Build(b =>
        {
            b.Services.AddProcessPool(o => o.Processes = 2);
            b.Services.AddHealthChecks().AddProcessPoolCheck();
        });
        try
        {
            using (host)
            {
                await host.StartAsync();
                var pool = host.Services.GetRequiredService<ProcessPool>();
                var victim = pool.ApplyAsync(Work.WritePidThenSleep, pidFile);
                int pid = WaitForPid(pidFile);
                System.Diagnostics.Process.GetProcessById(pid).Kill(); // SIGKILL

                var crash = await Assert.ThrowsAsync<WorkerCrashedException>(async () => await victim);
                Assert.Equal(pid, crash.ProcessId);
                var logged = logs.WaitFor(e => e.Category == "Multiprocessing.ProcessPool" && e.EventId.Id == ProcessPoolEventIds.WorkerCrashed);
                Assert.Equal(LogLevel.Warning, logged.Level);
                Assert.Equal("WorkerCrashed", logged.EventId.Name);
                Assert.Equal(pid, logged["ProcessId"]);
                Assert.Equal(-9, logged["ExitCode"]);
                Assert.Equal(1, logged["TasksLost"]);
                Assert.StartsWith("SpawnPoolWorker-", (string)logged["WorkerName"]!);

                var replaced = logs.WaitFor(e => e.Category == "Multiprocessing.ProcessPool" && e.EventId.Id == ProcessPoolEventIds.WorkerReplaced);
                int replacement = (int)replaced["ProcessId"]!;
                Assert.NotEqual(pid, replacement);

                // The pool answers again, on both workers, and reports itself healthy.
                var pids = await pool.MapAsync(Work.SleepThenPid, Enumerable.Repeat(100, 8).ToArray(), chunkSize: 1);
                Assert.DoesNotContain(pid, pids);
                Assert.Equal(2, pool.WorkerPids.Count);
                Assert.Contains(replacement, pool.WorkerPids);
                var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
                Assert.Equal(HealthStatus.Healthy, report.Status);
                await host.StopAsync();
            }
        }
        finally
        {
            File.Delete(pidFile);
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task Worker_output_is_logged_line_by_line_in_a_scope_with_the_worker_name_and_pid()
    {
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o => o.Processes = 1));
        int pid;
        using (host)
        {
            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            pid = await pool.ApplyAsync(Work.Say, "hello");

            var output = logs.WaitFor(e => e.Category == "Multiprocessing.Worker" && e.Message == "out: hello");
            Assert.Equal(LogLevel.Information, output.Level);
            Assert.Equal(ProcessPoolEventIds.WorkerOutput, output.EventId.Id);
            Assert.Equal(pid, output.Scope["ProcessId"]);
            Assert.StartsWith("SpawnPoolWorker-", (string)output.Scope["ProcessName"]!);

            var error = logs.WaitFor(e => e.Category == "Multiprocessing.Worker" && e.Message == "err: hello");
            Assert.Equal(LogLevel.Warning, error.Level);
            Assert.Equal(ProcessPoolEventIds.WorkerError, error.EventId.Id);
            Assert.Equal(pid, error.Scope["ProcessId"]);
            Assert.Equal(output.Scope["ProcessName"], error.Scope["ProcessName"]);

            // The worker's name in the scope is the one its start was logged with.
            var started = Assert.Single(logs.WithEventId(ProcessPoolEventIds.WorkerStarted));
            Assert.Equal(started["WorkerName"], output.Scope["ProcessName"]);
            await host.StopAsync();
        }

        Processes.AssertNoneAlive([pid, .. logs.StartedPids()]);
    }

    [Fact]
    public async Task A_target_that_takes_an_ILogger_logs_into_the_parent_with_the_worker_scope()
    {
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o => o.Processes = 1));
        int pid;
        using (host)
        {
            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            var logger = host.Services.GetRequiredService<ILogger<LoggingWork>>();
            Assert.Equal(49, await pool.ApplyAsync(Work.SquareAndLog, (7, logger)));
            pid = pool.WorkerPids.Single();

            var entry = logs.WaitFor(e => e.Category == typeof(LoggingWork).FullName && e.Message.StartsWith("squaring 7", StringComparison.Ordinal));
            Assert.Equal(LogLevel.Warning, entry.Level);
            Assert.Equal(42, entry.EventId.Id);
            Assert.Equal($"squaring 7 in pid {pid}", entry.Message);
            Assert.Equal(pid, entry.Scope["ProcessId"]);
            Assert.StartsWith("SpawnPoolWorker-", (string)entry.Scope["ProcessName"]!);
            Assert.DoesNotContain(logs.Entries, e => e.Category == "Multiprocessing.Worker" && e.Message.Contains("squaring", StringComparison.Ordinal));
            await host.StopAsync();
        }

        Processes.AssertNoneAlive([pid, .. logs.StartedPids()]);
    }

    [Fact]
    public async Task The_health_check_follows_the_pool_from_start_to_stop()
    {
        var (host, logs) = TestHost.Build(b =>
        {
            b.Services.AddProcessPool(o => o.Processes = 2);
            b.Services.AddHealthChecks().AddProcessPoolCheck(tags: ["ready"]);
        });
        using (host)
        {
            var health = host.Services.GetRequiredService<HealthCheckService>();
            var before = (await health.CheckHealthAsync()).Entries["process-pool"];
            Assert.Equal(HealthStatus.Unhealthy, before.Status);
            Assert.Equal("NotStarted", before.Data["state"]);

            await host.StartAsync();
            var running = (await health.CheckHealthAsync()).Entries["process-pool"];
            Assert.Equal(HealthStatus.Healthy, running.Status);
            Assert.Equal("Running", running.Data["state"]);
            Assert.Equal(2, running.Data["workers"]);
            Assert.Equal(2, running.Data["processes"]);
            Assert.Equal(0, running.Data["pending"]);
            Assert.Contains("ready", running.Tags);

            await host.StopAsync();
            var stopped = (await health.CheckHealthAsync()).Entries["process-pool"];
            Assert.Equal(HealthStatus.Unhealthy, stopped.Status);
            Assert.Equal("Closed", stopped.Data["state"]);
            Assert.Equal(0, stopped.Data["workers"]);
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public void The_health_check_is_degraded_while_a_worker_is_missing()
    {
        var degraded = ProcessPoolHealthCheck.Evaluate(PoolState.Running, alive: 1, processes: 2, pending: 3, HealthStatus.Unhealthy);
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(1, degraded.Data["workers"]);
        Assert.Equal(3, degraded.Data["pending"]);
        Assert.Equal(HealthStatus.Healthy, ProcessPoolHealthCheck.Evaluate(PoolState.Running, 2, 2, 0, HealthStatus.Unhealthy).Status);
        Assert.Equal(HealthStatus.Unhealthy, ProcessPoolHealthCheck.Evaluate(PoolState.Terminated, 0, 2, 0, HealthStatus.Unhealthy).Status);
        Assert.Equal(HealthStatus.Degraded, ProcessPoolHealthCheck.Evaluate(PoolState.Broken, 0, 2, 0, HealthStatus.Degraded).Status);
    }

    [Fact]
    public async Task A_failing_initializer_fails_the_host_start_and_the_pool_reports_unhealthy()
    {
        var (host, logs) = TestHost.Build(b =>
        {
            b.Services.AddProcessPool(o =>
            {
                o.Processes = 1;
                o.Configure = pool => pool.WithInitializer(Work.FailingInitializer);
            });
            b.Services.AddHealthChecks().AddProcessPoolCheck();
        });
        using (host)
        {
            var error = await Assert.ThrowsAsync<ProcessException>(() => host.StartAsync().WaitAsync(Patience));
            Assert.Contains("initializer failed on purpose", error.Message);
            var entry = (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["process-pool"];
            Assert.Equal(HealthStatus.Unhealthy, entry.Status);
            Assert.Equal("Broken", entry.Data["state"]);
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    private static int WaitForPid(string pidFile)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            string text = File.ReadAllText(pidFile);
            if (text.Length > 0)
            {
                return int.Parse(text);
            }

            Assert.True(DateTime.UtcNow < deadline, "the task never started");
            Thread.Sleep(10);
        }
    }

    [Fact]
    public async Task The_library_s_own_diagnostics_reach_ILogger_under_the_Multiprocessing_category()
    {
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o => o.Processes = 1));
        using (host)
        {
            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            int nine = await pool.ApplyAsync(Work.Square, 3, callback: _ => throw new InvalidOperationException("hosted callback bug"));
            Assert.Equal(9, nine);
            var entry = logs.WaitFor(e => e.Category == "Multiprocessing" && e.Message.Contains("hosted callback bug"), Patience);
            Assert.Equal(LogLevel.Warning, entry.Level);
            Assert.Equal(ProcessPoolEventIds.LibraryEventBase + 1, entry.EventId.Id);
            Assert.Equal("CallbackFailed", entry.EventId.Name);
            Assert.StartsWith("A ProcessPool callback threw and was ignored: System.InvalidOperationException", entry.Message);
            await host.StopAsync();
        }

        Processes.AssertNoneAlive(logs.StartedPids());
    }

    [Fact]
    public async Task A_worker_killed_after_the_cancellation_grace_period_is_logged_under_the_Multiprocessing_category()
    {
        var (host, logs) = TestHost.Build(b => b.Services.AddProcessPool(o =>
        {
            o.Processes = 1;
            o.Configure = p => p.CancellationGracePeriod = TimeSpan.FromMilliseconds(200);
        }));
        string marker = Path.GetTempFileName();
        using (host)
        {
            await host.StartAsync();
            var pool = host.Services.GetRequiredService<ProcessPool>();
            using var cts = new CancellationTokenSource();
            var result = pool.ApplyAsync(Work.IgnoreCancellation, marker, cancellationToken: cts.Token);
            var deadline = DateTime.UtcNow + Patience;
            while (File.ReadAllText(marker) != "started")
            {
                Assert.True(DateTime.UtcNow < deadline, "the task never started");
                Thread.Sleep(10);
            }

            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.WaitAsync(Patience));
            var entry = logs.WaitFor(e => e.Category == "Multiprocessing" && e.EventId.Id == ProcessPoolEventIds.LibraryEventBase + 5, Patience);
            Assert.Equal(LogLevel.Warning, entry.Level);
            Assert.Equal("CancelledTaskOverran", entry.EventId.Name);
            Assert.Contains(nameof(Work.IgnoreCancellation), entry.Message);
            await host.StopAsync();
        }

        File.Delete(marker);
        Processes.AssertNoneAlive(logs.StartedPids());
    }

    /// <summary>A hosted service registered before the pool: sees it at start and uses it while stopping.</summary>
    private sealed class Observer(ProcessPool pool, IServiceProvider services) : IHostedService
    {
        public int WorkersAtStart { get; private set; }

        public bool PoolStartedLoggedAtStart { get; private set; }

        public int PidDuringStop { get; private set; }

        public bool? StoppingLoggedAtStop { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            WorkersAtStart = pool.WorkerPids.Count;
            PoolStartedLoggedAtStart = Logs.WithEventId(ProcessPoolEventIds.PoolStarted).Count == 1;
            return Task.CompletedTask;
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            PidDuringStop = await pool.ApplyAsync(Work.SleepThenPid, 200, cancellationToken: cancellationToken);
            StoppingLoggedAtStop = Logs.WithEventId(ProcessPoolEventIds.PoolStopping).Count == 1;
        }

        private CollectingLoggerProvider Logs => services.GetServices<ILoggerProvider>().OfType<CollectingLoggerProvider>().Single();
    }
}
