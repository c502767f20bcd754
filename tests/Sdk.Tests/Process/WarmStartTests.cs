using Multiprocessing.Spawn;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Process;

/// <summary>The warm start (<see cref="StartMethod.WarmSpawn"/>): starts handed to ready spares, with real processes.</summary>
[Collection(ProcessCollection.Name)]
public sealed class WarmStartTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void Start_hands_the_work_to_the_ready_spare_and_a_new_spare_replaces_it()
    {
        try
        {
            Multiprocess.StartMethod = StartMethod.WarmSpawn;
            Assert.Equal(9, Run(ChildProcess.Create(Workers.Square, 3))); // cold: it names the command spares are kept for
            int spare = ReadySpare();
            Assert.DoesNotContain(Multiprocess.ActiveChildren(), c => c.Pid == spare); // a spare is nobody's child

            using var child = ChildProcess.Create(WarmStartProbes.PidAndVariable, "HOME");
            child.Start();
            Assert.Equal(spare, child.Pid);
            Assert.True(child.Child!.WasSpare);
            Assert.True(child.Join(Patience), "the child did not exit in time");
            Assert.Equal(0, child.ExitCode);
            Assert.Equal($"{spare}|{Environment.GetEnvironmentVariable("HOME")}", child.Result);

            int next = ReadySpare(); // replenished in the background
            Assert.NotEqual(spare, next);
        }
        finally
        {
            EndWarmStart();
        }
    }

    [Fact]
    public void A_spare_serves_any_authkey_because_the_authkey_comes_with_its_start()
    {
        try
        {
            Multiprocess.StartMethod = StartMethod.WarmSpawn;
            Assert.Equal(4, Run(ChildProcess.Create(Workers.Square, 2)));
            int spare = ReadySpare();

            byte[] authkey = Enumerable.Range(1, 32).Select(static i => (byte)i).ToArray();
            using var child = ChildProcess.Create(WarmStartProbes.PidAndAuthkey);
            child.AuthKey = authkey;
            Assert.Equal($"{spare}|{Convert.ToHexString(authkey)}", Run(child));
        }
        finally
        {
            EndWarmStart();
        }
    }

    [Fact]
    public void A_spare_launched_before_the_environment_changed_is_discarded_and_a_fresh_process_starts()
    {
        const string Variable = "MULTIPROCESSING_WARM_START_TEST";
        try
        {
            Multiprocess.StartMethod = StartMethod.WarmSpawn;
            Assert.Equal(1, Run(ChildProcess.Create(Workers.Square, 1)));
            int stale = ReadySpare();

            Environment.SetEnvironmentVariable(Variable, "changed");
            using var child = ChildProcess.Create(WarmStartProbes.PidAndVariable, Variable);
            child.Start();
            Assert.False(child.Child!.WasSpare);
            Assert.NotEqual(stale, child.Pid);
            Assert.True(child.Join(Patience), "the child did not exit in time");
            Assert.Equal($"{child.Pid}|changed", child.Result);
            ChildWait.Until(() => !IsRunning(stale)); // the stale spare was ended

            // The new spare has the new environment, and serves the next start.
            int fresh = ReadySpare();
            using var again = ChildProcess.Create(WarmStartProbes.PidAndVariable, Variable);
            Assert.Equal($"{fresh}|changed", Run(again));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
            EndWarmStart();
        }
    }

    [Fact]
    public void A_pool_with_the_warm_start_replaces_a_crashed_worker_with_its_spare_and_its_spares_end_with_it()
    {
        string pidFile = Path.GetTempFileName();
        File.WriteAllText(pidFile, "");
        int spare;
        try
        {
            using (var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, StartMethod = StartMethod.WarmSpawn }))
            {
                Assert.Equal(StartMethod.Spawn, Multiprocess.StartMethod); // the pool's choice is its own
                spare = ReadySpare();
                Assert.DoesNotContain(spare, pool.WorkerPids);

                var held = pool.ApplyAsync(WarmStartProbes.PidOrHang, pidFile);
                int victim = ChildWait.ForPidFile(pidFile);
                System.Diagnostics.Process.GetProcessById(victim).Kill();
                Assert.Throws<WorkerCrashedException>(() => held.Get(Patience));

                Assert.Equal(spare, pool.Apply(WarmStartProbes.PidOrHang, ""));
                Assert.Equal([spare], pool.WorkerPids);
                _ = ReadySpare(); // and another spare is kept for the next crash
            }

            ChildWait.Until(() => SpareSupply.Pids().Length == 0 && ChildProcessScan.LiveChildren().Count == 0);
        }
        finally
        {
            File.Delete(pidFile);
            EndWarmStart();
        }
    }

    [Fact]
    public void A_spare_of_a_pool_that_redirects_its_workers_output_sends_its_lines_there_under_its_own_name_and_pid()
    {
        var lines = new System.Collections.Concurrent.ConcurrentQueue<ChildOutputLine>();
        try
        {
            // One task per worker: the second task runs in the replacement of the first worker, which is the spare.
            var options = new ProcessPoolOptions { Processes = 1, MaxTasksPerChild = 1, WorkerOutput = lines.Enqueue, StartMethod = StartMethod.WarmSpawn };
            using (var pool = new ProcessPool(options))
            {
                int spare = ReadySpare();
                Assert.NotEqual(spare, pool.Apply(Workers.Say, "one"));
                Assert.Equal(spare, pool.Apply(Workers.Say, "two"));
                ChildWait.Until(() => lines.Count(static l => l.Text.EndsWith(": two", StringComparison.Ordinal)) >= 2);
                Assert.Contains(lines, l => !l.IsError && l.Text == "out: two" && l.ProcessId == spare && l.ProcessName.StartsWith("SpawnPoolWorker-", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.IsError && l.Text == "err: two" && l.ProcessId == spare);
            }
        }
        finally
        {
            EndWarmStart();
        }
    }

    [Fact]
    public void A_spare_dies_with_the_process_that_keeps_it()
    {
        string pidFile = Path.GetTempFileName();
        File.WriteAllText(pidFile, "");
        try
        {
            using var owner = ChildProcess.Create(WarmStartProbes.KeepSpareAndHang, pidFile);
            owner.Start();
            int spare = ChildWait.ForPidFile(pidFile);
            Assert.True(ChildWait.IsRunning(spare));

            owner.Kill(); // no exit handler runs: the spare sees its control connection end
            Assert.True(owner.Join(Patience));
            ChildWait.Until(() => !ChildWait.IsRunning(spare));
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void Switching_back_to_spawn_ends_the_spares()
    {
        try
        {
            Multiprocess.StartMethod = StartMethod.WarmSpawn;
            Multiprocess.SpareProcesses = 2;
            Assert.Equal(25, Run(ChildProcess.Create(Workers.Square, 5)));
            Assert.True(Multiprocess.WaitForSpares(Patience), "the spares did not get ready in time");
            var spares = SpareSupply.Pids();
            Assert.Equal(2, spares.Length);

            Multiprocess.StartMethod = StartMethod.Spawn;
            ChildWait.Until(() => spares.All(static pid => !IsRunning(pid)));
            Assert.Empty(SpareSupply.Pids());

            using var child = ChildProcess.Create(WarmStartProbes.PidAndAuthkey);
            child.Start();
            Assert.False(child.Child!.WasSpare);
            Assert.True(child.Join(Patience));
        }
        finally
        {
            EndWarmStart();
        }
    }

    private static T Run<T>(ChildProcess<T> process)
    {
        using (process)
        {
            process.Start();
            Assert.True(process.Join(Patience), "the child did not exit in time");
            Assert.Equal(0, process.ExitCode);
            return process.Result;
        }
    }

    /// <summary>Waits for the spare to be ready and returns its pid.</summary>
    [Theory]
    [InlineData(InterruptHandling.CancelChildren)]
    [InlineData(InterruptHandling.Signal)]
    public void A_Ctrl_C_that_reaches_a_child_before_its_start_is_handled_as_the_interrupt_handling_says(InterruptHandling handling)
    {
        // A spare waits for its start message: a terminal's Ctrl+C (SIGINT to the process group) can reach it, as it
        // can reach any child still starting. Before the fix the child died of it whatever the parent had chosen.
        try
        {
            Multiprocess.StartMethod = StartMethod.WarmSpawn;
            Assert.Equal(9, Run(ChildProcess.Create(Workers.Square, 3)));
            int spare = ReadySpare();
            Assert.Equal(0, Interop.NativeMethods.Kill(spare, 2));
            Thread.Sleep(300); // time to die of it, if it would
            Multiprocess.InterruptHandling = handling;
            using var child = ChildProcess.Create(WarmStartProbes.PidAndVariable, "HOME");
            child.Start();
            Assert.Equal(spare, child.Pid);
            Assert.True(child.Join(Patience), "the child did not exit in time");
            if (handling == InterruptHandling.CancelChildren)
            {
                Assert.Equal(0, child.ExitCode); // the parent decides: it had nothing to cancel
                Assert.Equal($"{spare}|{Environment.GetEnvironmentVariable("HOME")}", child.Result);
            }
            else
            {
                Assert.Equal(-2, child.ExitCode); // CPython's behaviour: the child dies of the SIGINT it got
            }
        }
        finally
        {
            Multiprocess.InterruptHandling = InterruptHandling.CancelChildren;
            EndWarmStart();
        }
    }

    private static int ReadySpare()
    {
        Assert.True(Multiprocess.WaitForSpares(Patience), "the spare did not get ready in time");
        return Assert.Single(SpareSupply.Pids());
    }

    private static bool IsRunning(int pid) => ChildProcessScan.LiveChildren().Any(c => c.Pid == pid);

    private static void EndWarmStart()
    {
        var spares = SpareSupply.Pids();
        Multiprocess.StartMethod = StartMethod.Spawn;
        Multiprocess.SpareProcesses = 1;
        ChildWait.Until(() => spares.All(static pid => !IsRunning(pid)));
    }
}
