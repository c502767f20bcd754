using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Process;

[Collection(ProcessCollection.Name)]
public sealed class ChildProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static T RunToEnd<T>(ChildProcess<T> process)
    {
        process.Start();
        Assert.True(process.Join(Patience), "the child did not exit in time");
        return process.Result;
    }

    [Fact]
    public void Result_crosses_the_process_boundary()
    {
        using var p = ChildProcess.Create(Workers.Square, 12);
        Assert.Equal(144, RunToEnd(p));
        Assert.Equal(0, p.ExitCode);
        Assert.NotNull(p.Pid);
        Assert.NotEqual(Environment.ProcessId, p.Pid);
    }

    [Fact]
    public void Target_runs_in_another_process()
    {
        using var p = ChildProcess.Create(Workers.Pid);
        int childPid = RunToEnd(p);
        Assert.Equal(p.Pid, childPid);
        Assert.NotEqual(Environment.ProcessId, childPid);
    }

    [Fact]
    public void Several_arguments_of_several_shapes_arrive()
    {
        using var p = ChildProcess.Create(Workers.Describe,
            ("bob", 3, new[] { 1.5, 2.5 }, new List<string> { "a", "b" }, new Dictionary<string, int> { ["y"] = 2, ["x"] = 1 }));
        Assert.Equal("bob:3:4:a,b:x=1,y=2", RunToEnd(p));
    }

    [Fact]
    public void Records_travel_both_ways()
    {
        using var p = ChildProcess.Create(Workers.Measure, new Measurement("m", 2.5, ["x"]));
        var result = RunToEnd(p);
        Assert.Equal("m", result.Name);
        Assert.Equal(5.0, result.Value);
        Assert.Equal(["x", "doubled"], result.Labels);
    }

    [Fact]
    public async Task Async_targets_return_their_awaited_result()
    {
        using var add = ChildProcess.Create(Workers.AddLaterAsync, (20, 22));
        add.Start();
        Assert.Equal(42, await add.GetResultAsync().WaitAsync(Patience));

        using var echo = ChildProcess.Create(Workers.EchoLaterAsync, "héllo ✓");
        echo.Start();
        await echo.JoinAsync().WaitAsync(Patience);
        Assert.Equal("héllo ✓", echo.Result);
    }

    [Fact]
    public void Exception_in_the_child_surfaces_with_type_message_and_stack()
    {
        using var p = ChildProcess.Create(Workers.Fail, "bad input 42");
        p.Start();
        Assert.True(p.Join(Patience));
        Assert.Equal(1, p.ExitCode);
        var error = Assert.IsType<RemoteProcessException>(p.Exception);
        Assert.Equal("System.InvalidOperationException", error.RemoteTypeName);
        Assert.Equal("bad input 42", error.RemoteMessage);
        Assert.Contains(nameof(Workers.Fail), error.RemoteStackTrace);
        Assert.Equal(p.Pid, error.ProcessId);
    }

    [Fact]
    public void Result_of_a_failed_child_throws_the_remote_exception()
    {
        using var p = ChildProcess.Create(Workers.Divide, (1, 0));
        var error = Assert.Throws<RemoteProcessException>(() => RunToEnd(p));
        Assert.Equal("System.DivideByZeroException", error.RemoteTypeName);
        Assert.Same(p.Exception, error);
        Assert.Equal(1, p.ExitCode);
    }

    [Fact]
    public void A_child_can_start_children_of_its_own()
    {
        using var p = ChildProcess.Create(Workers.StartGrandchild, 3);
        Assert.Equal(9, RunToEnd(p));
    }

    [Fact]
    public void Explicit_exit_code_is_reported()
    {
        using var p = ChildProcess.Create(Workers.Exit, 7);
        p.Start();
        Assert.True(p.Join(Patience));
        Assert.Equal(7, p.ExitCode);
        Assert.Null(p.Exception);
    }

    [Fact]
    public void Terminate_gives_minus_sigterm_and_kill_gives_minus_sigkill()
    {
        using var terminated = ChildProcess.Create(Workers.Sleep, 60_000);
        terminated.Start();
        Assert.False(terminated.Join(TimeSpan.FromMilliseconds(300)));
        Assert.True(terminated.IsAlive);
        terminated.Terminate();
        Assert.True(terminated.Join(Patience));
        Assert.Equal(-15, terminated.ExitCode);
        Assert.False(terminated.IsAlive);

        using var killed = ChildProcess.Create(Workers.Sleep, 60_000);
        killed.Start();
        killed.Kill();
        Assert.True(killed.Join(Patience));
        Assert.Equal(-9, killed.ExitCode);
    }

    [Fact]
    public void Result_of_a_killed_child_says_it_exited_without_one()
    {
        using var p = ChildProcess.Create(Workers.SleepThenReturn, 60_000);
        p.Start();
        p.Kill();
        Assert.True(p.Join(Patience));
        Assert.Null(p.Exception);
        // Killed before or after it connected back, the error says how it ended.
        var error = Assert.Throws<ProcessException>(() => p.Result);
        Assert.Contains("was killed by SIGKILL (signal 9)", error.Message);
    }

    [Fact]
    public void Names_default_to_Process_N_and_reach_the_child()
    {
        using var first = ChildProcess.Create(Workers.WhoAmI);
        using var second = ChildProcess.Create(Workers.WhoAmI);
        Assert.Matches(@"^Process-\d+$", first.Name);
        int n1 = int.Parse(first.Name["Process-".Length..]);
        int n2 = int.Parse(second.Name["Process-".Length..]);
        Assert.Equal(n1 + 1, n2);

        second.Name = "worker-a";
        var parts = RunToEnd(second).Split('|');
        Assert.Equal("worker-a", parts[0]);
        Assert.Equal(second.Pid.ToString(), parts[1]);
        Assert.Equal("MainProcess", parts[2]);
        Assert.Equal(Environment.ProcessId.ToString(), parts[3]);
        Assert.Equal("False", parts[4]);
        Assert.Equal(Convert.ToHexString(Multiprocess.Current.AuthKey), parts[5]);
    }

    [Fact]
    public void Authkey_and_daemon_flag_reach_the_child()
    {
        using var p = ChildProcess.Create(Workers.WhoAmI);
        p.AuthKey = [1, 2, 3, 4];
        p.Daemon = true;
        var parts = RunToEnd(p).Split('|');
        Assert.Equal("True", parts[4]);
        Assert.Equal("01020304", parts[5]);
    }

    [Fact]
    public void Subclass_fields_travel_and_Run_runs_in_the_child()
    {
        string path = Path.GetTempFileName();
        try
        {
            using var clock = new Clock(path, 3) { Label = "tock", Name = "clock" };
            clock.Start();
            Assert.True(clock.Join(Patience));
            Assert.Equal(0, clock.ExitCode);
            var lines = File.ReadAllLines(path);
            Assert.Equal(["tock 1", "tock 2", "tock 3"], lines[..3]);
            var (name, pid) = (lines[3].Split('|')[0], int.Parse(lines[3].Split('|')[1]));
            Assert.Equal("clock", name);
            Assert.Equal(clock.Pid, pid);
            Assert.NotEqual(Environment.ProcessId, pid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_called_directly_runs_in_this_process_as_in_Python()
    {
        string path = Path.GetTempFileName();
        try
        {
            using var p = ChildProcess.Create(Workers.WriteFile, (path, "local"));
            p.Run();
            Assert.Equal($"local|{Environment.ProcessId}", File.ReadAllText(path));
            Assert.Equal(ChildProcessState.Initial, p.State);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Static_state_changed_in_a_child_is_not_seen_by_the_parent()
    {
        int before = Workers.Counter;
        using var p = ChildProcess.Create(Workers.StaticCounterAfterIncrement);
        Assert.Equal(1, RunToEnd(p));
        Assert.Equal(before, Workers.Counter);
    }

    [Fact]
    public void Join_with_timeout_returns_false_while_running_and_sentinel_signals_at_exit()
    {
        using var p = ChildProcess.Create(Workers.Sleep, 1_500);
        p.Start();
        Assert.False(p.Join(TimeSpan.FromMilliseconds(100)));
        Assert.True(p.IsAlive);
        Assert.Null(p.ExitCode);
        Assert.False(p.Sentinel.WaitOne(0));
        Assert.True(p.Sentinel.WaitOne(Patience));
        Assert.True(p.Join(0));
        Assert.Equal(0, p.ExitCode);
        Assert.Equal(ChildProcessState.Exited, p.State);
    }

    [Fact]
    public async Task JoinAsync_honours_cancellation_without_stopping_the_child()
    {
        using var p = ChildProcess.Create(Workers.Sleep, 1_000);
        p.Start();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => p.JoinAsync(cts.Token));
        Assert.True(p.IsAlive);
        await p.JoinAsync().WaitAsync(Patience);
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void ActiveChildren_lists_running_children_only()
    {
        using var p = ChildProcess.Create(Workers.Sleep, 60_000);
        p.Start();
        Assert.Contains(p, Multiprocess.ActiveChildren());
        p.Terminate();
        p.Join(Patience);
        Assert.DoesNotContain(p, Multiprocess.ActiveChildren());
    }

    [Fact]
    public void Misuse_gets_clear_exceptions()
    {
        using var p = ChildProcess.Create(Workers.Sleep, 60_000);
        Assert.Contains("Start() first", Assert.Throws<InvalidOperationException>(() => p.Join()).Message);
        Assert.Contains("not started", Assert.Throws<InvalidOperationException>(() => p.Terminate()).Message);
        Assert.Null(p.Pid);
        Assert.Null(p.ExitCode);
        Assert.False(p.IsAlive);

        p.Start();
        Assert.Contains("only be started once", Assert.Throws<InvalidOperationException>(() => p.Start()).Message);
        Assert.Contains("before calling Start()", Assert.Throws<InvalidOperationException>(() => p.Daemon = true).Message);
        Assert.Contains("still running", Assert.Throws<InvalidOperationException>(() => p.Close()).Message);

        p.Kill();
        Assert.True(p.Join(Patience));
        p.Close();
        Assert.Contains("closed", Assert.Throws<InvalidOperationException>(() => p.Join()).Message);
        Assert.Contains("closed", Assert.Throws<InvalidOperationException>(() => p.Start()).Message);
    }

    [Fact]
    public void Result_before_exit_and_before_start_is_refused()
    {
        using var p = ChildProcess.Create(Workers.Square, 3);
        Assert.Contains("not started", Assert.Throws<InvalidOperationException>(() => p.Result).Message);
    }

    [Fact]
    public void Lambdas_and_unmarked_methods_are_refused_at_creation()
    {
        int captured = 3;
        var lambda = Assert.Throws<ArgumentException>(() => ChildProcess.Create((int x) => x + captured, 1));
        Assert.Contains("[ProcessTarget]", lambda.Message);
        var unmarked = Assert.Throws<ArgumentException>(() => ChildProcess.Create(Workers.NotATarget, 1));
        Assert.Contains("not marked [ProcessTarget]", unmarked.Message);
    }

    [Fact]
    public void Dispose_kills_a_running_child_so_nothing_is_orphaned()
    {
        var p = ChildProcess.Create(Workers.Sleep, 60_000);
        p.Start();
        int pid = p.Pid!.Value;
        p.Dispose();
        Assert.DoesNotContain(ChildProcessScan.LingeringChildren(TimeSpan.FromSeconds(5)), c => c.Pid == pid);
        Assert.Equal(ChildProcessState.Closed, p.State);
    }

    [Fact]
    public void Children_die_with_their_parent()
    {
        string path = Path.GetTempFileName();
        try
        {
            using var child = ChildProcess.Create(Workers.StartSleepingGrandchild, path);
            child.Start();
            int grandchild = 0;
            var deadline = DateTime.UtcNow + Patience;
            while (grandchild == 0 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
                _ = int.TryParse(File.ReadAllText(path), out grandchild);
            }

            Assert.NotEqual(0, grandchild);
            Assert.True(Directory.Exists($"/proc/{grandchild}"), "the grandchild should be running");
            child.Kill(); // SIGKILL: the child runs no cleanup at all
            Assert.True(child.Join(Patience));

            // The grandchild sees its control socket close and exits on its own.
            var gone = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (ChildWait.IsRunning(grandchild) && DateTime.UtcNow < gone)
            {
                Thread.Sleep(20);
            }

            Assert.False(ChildWait.IsRunning(grandchild), $"grandchild {grandchild} outlived its parent");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_child_that_dies_during_bootstrap_does_not_hang_the_parent()
    {
        // A GC heap limit far too small for the runtime makes the child fail before it connects back.
        Environment.SetEnvironmentVariable("DOTNET_GCHeapHardLimit", "0x10000");
        ChildProcess p;
        try
        {
            p = ChildProcess.Create(Workers.Square, 2);
            p.Start();
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_GCHeapHardLimit", null);
        }

        using (p)
        {
            Assert.True(p.Join(Patience));
            Assert.NotEqual(0, p.ExitCode);
            var error = Assert.ThrowsAny<ProcessException>(() => ((ChildProcess<int>)p).Result);
            Assert.Contains("never ran its target", error.Message);
            Assert.Contains("during bootstrap", error.Message);
        }
    }
}
