using System.Diagnostics;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;
using Xunit.Abstractions;

namespace Multiprocessing.Tests.Process;

/// <summary>A plain child's target receives a token its parent cancels (issue 15, item 1).</summary>
[Collection(ProcessCollection.Name)]
public sealed class ChildCancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Cancelling_the_start_token_cancels_the_running_target_and_the_result_is_OperationCanceledException()
    {
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var cts = new CancellationTokenSource();
        using var p = ChildProcess.Create(CancellationWorkers.Honour, (started, cancelled));
        p.Start(cts.Token);
        Assert.True(started.Wait(Patience), "the target never started");

        var clock = Stopwatch.StartNew();
        cts.Cancel();
        Assert.True(cancelled.Wait(Patience), "the target's token was never cancelled in the child");
        var seen = clock.Elapsed;
        var error = await Assert.ThrowsAsync<OperationCanceledException>(() => p.GetResultAsync().WaitAsync(Patience));
        output.WriteLine($"cancel -> token cancelled in the child: {seen.TotalMilliseconds:0.0} ms; -> OperationCanceledException in the parent (the child reported it): {clock.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.IsType<RemoteProcessException>(error.InnerException);
        Assert.True(p.Join(Patience));
        Assert.Equal(1, p.ExitCode);
    }

    [Fact]
    public async Task A_cancelled_childs_result_fails_as_soon_as_it_reports_before_the_child_has_exited()
    {
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var release = ProcessEvent.Create();
        using var cts = new CancellationTokenSource();
        using var p = ChildProcess.Create(CancellationWorkers.HonourThenHoldExit, (started, cancelled, release));
        p.Start(cts.Token);
        Assert.True(started.Wait(Patience), "the target never started");
        cts.Cancel();

        // The child reported its cancelled target, then holds its exit until released: the parent does not wait for it.
        var error = await Assert.ThrowsAsync<OperationCanceledException>(() => p.GetResultAsync().WaitAsync(Patience));
        Assert.True(p.IsAlive, "GetResultAsync waited for the child's exit before reporting its cancellation");
        Assert.Null(p.ExitCode);
        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.Throws<OperationCanceledException>(() => p.Result);

        release.Set();
        Assert.True(p.Join(Patience));
        Assert.Equal(1, p.ExitCode);
    }

    [Fact]
    public void Disposing_a_cancelled_child_that_is_exiting_lets_it_exit_with_its_own_code()
    {
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var release = ProcessEvent.Create();
        var p = ChildProcess.Create(CancellationWorkers.HonourThenHoldExit, (started, cancelled, release));
        p.Start();
        Assert.True(started.Wait(Patience), "the target never started");
        p.Cancel();
        Assert.Throws<OperationCanceledException>(() => p.GetResultAsync().WaitAsync(Patience).GetAwaiter().GetResult());
        release.Set();
        p.Dispose(); // the child reported: it is exiting, not killed
        Assert.Equal(1, p.ExitCode);
    }

    [Fact]
    public async Task Cancel_reaches_an_async_target_whose_token_is_in_the_middle()
    {
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var p = ChildProcess.Create(CancellationWorkers.HonourAsync, (started, cancelled));
        p.Start();
        Assert.True(started.Wait(Patience), "the target never started");
        p.Cancel();
        Assert.True(cancelled.Wait(Patience), "the target's token was never cancelled in the child");
        await Assert.ThrowsAsync<OperationCanceledException>(() => p.GetResultAsync().WaitAsync(Patience));
    }

    [Fact]
    public void A_token_parameter_is_not_marshalled_wherever_it_stands()
    {
        using var first = ChildProcess.Create(CancellationWorkers.TokenFirst, 5);
        first.Start();
        Assert.True(first.Join(Patience));
        Assert.Equal(1005, first.Result);

        using var only = ChildProcess.Create(CancellationWorkers.TokenOnly);
        only.Start();
        Assert.True(only.Join(Patience));
        Assert.True(only.Result);
    }

    [Fact]
    public void A_token_cancelled_before_the_child_connects_still_reaches_the_target()
    {
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var p = ChildProcess.Create(CancellationWorkers.Honour, (started, cancelled));
        p.Start(cts.Token);
        Assert.True(p.Join(Patience), "the child did not end");
        Assert.True(cancelled.IsSet, "the target never saw its token cancelled");
        Assert.Throws<OperationCanceledException>(() => p.Result);
    }

    [Fact]
    public void Terminate_with_a_grace_period_lets_an_honouring_target_end_and_signals_one_that_ignores_its_token()
    {
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var honours = ChildProcess.Create(CancellationWorkers.Honour, (started, cancelled));
        honours.Start();
        Assert.True(started.Wait(Patience));
        Assert.True(honours.Terminate(Patience), "an honouring target was terminated instead of ending");
        Assert.Equal(1, honours.ExitCode);
        Assert.True(cancelled.IsSet);

        using var started2 = ProcessEvent.Create();
        using var ignores = ChildProcess.Create(CancellationWorkers.Ignore, (started2, 60_000));
        ignores.Start();
        Assert.True(started2.Wait(Patience));
        Assert.False(ignores.Terminate(TimeSpan.FromMilliseconds(200)), "a target that ignores its token ended by itself");
        Assert.True(ignores.Join(Patience));
        Assert.Equal(-15, ignores.ExitCode);
        var error = Assert.Throws<ProcessException>(() => ignores.Result);
        Assert.Contains("was killed by SIGTERM (signal 15)", error.Message);
    }
}
