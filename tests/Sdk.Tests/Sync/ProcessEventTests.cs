using Multiprocessing.Interop;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

[Collection(ProcessCollection.Name)]
public sealed class ProcessEventTests
{
    private const int SigStop = 19, SigCont = 18;
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void Set_releases_every_waiting_child()
    {
        using var processEvent = ProcessEvent.Create();
        var children = Enumerable.Range(0, 3).Select(_ => ChildProcess.Create(SyncWorkers.WaitForEvent, (processEvent, -1))).ToList();
        try
        {
            children.ForEach(c => c.Start());
            ChildWait.Until(() => processEvent.SleepingWaiters == 3);
            Assert.All(children, c => Assert.True(c.IsAlive, "nobody passes before the event is set"));
            processEvent.Set();
            Assert.True(processEvent.IsSet);
            Assert.All(children, c => Assert.True(c.Join(Patience)));
            var results = children.Select(c => c.Result!.Split(' ')).ToList();
            Assert.All(results, r => Assert.Equal("True", r[0]));
            Assert.Equal(3, results.Select(r => r[1]).Distinct().Count());
            Assert.DoesNotContain(Environment.ProcessId.ToString(), results.Select(r => r[1]));
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void A_wait_times_out_while_the_event_is_clear_and_returns_at_once_when_it_is_set()
    {
        using var processEvent = ProcessEvent.Create();
        Assert.False(processEvent.IsSet);
        Assert.False(processEvent.Wait(TimeSpan.FromMilliseconds(50)));
        Assert.False(processEvent.Wait(TimeSpan.Zero));

        using var impatient = ChildProcess.Create(SyncWorkers.WaitForEvent, (processEvent, 200));
        impatient.Start();
        Assert.True(impatient.Join(Patience));
        Assert.StartsWith("False ", impatient.Result);

        processEvent.Set();
        processEvent.Set(); // setting twice changes nothing
        using var lucky = ChildProcess.Create(SyncWorkers.WaitForEvent, (processEvent, 0));
        lucky.Start();
        Assert.True(lucky.Join(Patience));
        Assert.StartsWith("True ", lucky.Result);

        processEvent.Clear();
        Assert.False(processEvent.IsSet);
        Assert.False(processEvent.Wait(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void A_child_sets_the_event_the_parent_waits_for_and_clear_is_seen_everywhere()
    {
        using var processEvent = ProcessEvent.Create();
        using var attached = ProcessEvent.Attach(processEvent.Name);
        using var setter = ChildProcess.Create(SyncWorkers.SetEvent, processEvent);
        setter.Start();
        Assert.True(processEvent.Wait(Patience));
        Assert.True(attached.IsSet);
        Assert.True(setter.Join(Patience));
        attached.Clear();
        Assert.False(processEvent.IsSet);
    }

    [Fact]
    public void A_set_followed_at_once_by_a_clear_still_releases_the_waiters_of_that_moment()
    {
        using var processEvent = ProcessEvent.Create();
        using var waiter = ChildProcess.Create(SyncWorkers.WaitForEvent, (processEvent, 10_000));
        waiter.Start();
        ChildWait.Until(() => processEvent.SleepingWaiters == 1);

        // Stop the waiter so that it can only look at the event after the Clear (the kernel restarts its futex wait
        // when it continues): a flag-only event would then find nothing set, and time out.
        int pid = waiter.Pid!.Value;
        Assert.Equal(0, NativeMethods.Kill(pid, SigStop));
        ChildWait.Until(() => File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].StartsWith('T'));
        processEvent.Set();
        processEvent.Clear();
        Assert.Equal(0, NativeMethods.Kill(pid, SigCont));
        Assert.True(waiter.Join(Patience));
        Assert.StartsWith("True ", waiter.Result);
    }

    [Fact]
    public async Task WaitAsync_completes_when_a_child_sets_the_event()
    {
        using var processEvent = ProcessEvent.Create();
        var pending = processEvent.WaitAsync(CancellationToken.None);
        ChildWait.Until(() => processEvent.SleepingWaiters == 1);
        Assert.False(pending.IsCompleted);
        using var setter = ChildProcess.Create(SyncWorkers.SetEvent, processEvent);
        setter.Start();
        Assert.True(await pending.WaitAsync(Patience));
        Assert.True(setter.Join(Patience));
        Assert.True(await processEvent.WaitAsync(TimeSpan.Zero)); // set: at once
    }

    [Fact]
    public async Task WaitAsync_times_out_is_cancelled_and_fails_on_dispose_without_crashing()
    {
        var processEvent = ProcessEvent.Create();
        Assert.False(await processEvent.WaitAsync(TimeSpan.FromMilliseconds(50)));
        Assert.False(await processEvent.WaitAsync(TimeSpan.Zero));

        using var cancel = new CancellationTokenSource();
        var cancelled = processEvent.WaitAsync(cancel.Token);
        ChildWait.Until(() => processEvent.SleepingWaiters == 1);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
        Assert.True(cancelled.IsCanceled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => processEvent.WaitAsync(cancel.Token));

        var orphan = processEvent.WaitAsync();
        var blocked = Task.Run(() => processEvent.Wait(Patience));
        ChildWait.Until(() => processEvent.SleepingWaiters == 2);
        processEvent.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => orphan.WaitAsync(Patience));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => blocked.WaitAsync(Patience));
        Assert.Throws<ObjectDisposedException>(() => processEvent.IsSet);
        processEvent.Dispose(); // twice is fine
    }
}
