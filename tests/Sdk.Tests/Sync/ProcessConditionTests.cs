using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

[Collection(ProcessCollection.Name)]
public sealed class ProcessConditionTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void Notify_wakes_exactly_one_waiting_child_and_NotifyAll_the_rest()
    {
        using var condition = ProcessCondition.Create();
        using var woken = SharedArray<long>.Create(1);
        var children = Enumerable.Range(0, 3).Select(_ => ChildProcess.Create(SyncWorkers.WaitOnCondition, (condition, woken, 60_000))).ToList();
        try
        {
            children.ForEach(c => c.Start());
            ChildWait.Until(() => condition.WaitingCount == 3);

            using (condition.Lock())
            {
                condition.Notify();
            }

            ChildWait.Until(() => Volatile.Read(ref woken[0]) == 1);
            Assert.Equal(2, condition.WaitingCount);
            Thread.Sleep(300); // a second child woken by that one Notify would show up here
            Assert.Equal(1, Volatile.Read(ref woken[0]));
            Assert.Equal(2, children.Count(c => c.IsAlive));

            using (condition.Lock())
            {
                condition.NotifyAll();
            }

            Assert.All(children, c => Assert.True(c.Join(Patience)));
            Assert.All(children, c => Assert.Equal(0, c.ExitCode));
            Assert.All(children, c => Assert.True(c.Result, "every child was notified, none timed out"));
            Assert.Equal(3, woken[0]);
            Assert.Equal(0, condition.WaitingCount);
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void WaitFor_returns_when_children_have_made_the_predicate_true()
    {
        using var condition = ProcessCondition.Create();
        using var value = SharedValue<long>.Create();
        var children = Enumerable.Range(0, 3).Select(_ => ChildProcess.Create(SyncWorkers.IncrementAndNotifyAll, (condition, value))).ToList();
        try
        {
            using (condition.Lock())
            {
                children.ForEach(c => c.Start());
                Assert.True(condition.WaitFor(() => value.Value == 3, Patience));
                Assert.True(condition.IsHeldByCurrentThread);
            }

            Assert.All(children, c => Assert.True(c.Join(Patience)));
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }

        using (condition.Lock())
        {
            Assert.False(condition.WaitFor(() => value.Value == 4, TimeSpan.FromMilliseconds(100)));
        }
    }

    [Fact]
    public void A_child_waits_for_a_value_the_parent_sets_under_a_plain_ProcessLock()
    {
        using var processLock = ProcessLock.Create();
        using var condition = ProcessCondition.Create(processLock);
        Assert.Equal(processLock.Name, condition.LockName);
        using var value = SharedValue<long>.Create();
        using var waiter = ChildProcess.Create(SyncWorkers.WaitForValue, (condition, value, 5L, 60_000));
        waiter.Start();
        ChildWait.Until(() => condition.WaitingCount == 1);
        for (int i = 0; i < 5; i++)
        {
            using (condition.Lock())
            {
                value.Value += 1;
                condition.Notify();
            }
        }

        Assert.True(waiter.Join(Patience));
        Assert.True(waiter.Result);
    }

    [Fact]
    public void Wait_and_Notify_without_the_lock_throw_and_a_wait_times_out()
    {
        using var condition = ProcessCondition.Create();
        Assert.Throws<SynchronizationLockException>(() => condition.Wait(TimeSpan.Zero));
        Assert.Throws<SynchronizationLockException>(() => condition.Notify());
        Assert.Throws<SynchronizationLockException>(() => condition.NotifyAll());
        Assert.Throws<SynchronizationLockException>(() => condition.WaitFor(() => true));
        Assert.Throws<SynchronizationLockException>(() => condition.Release());
        using (condition.Lock())
        {
            Assert.False(condition.Wait(TimeSpan.FromMilliseconds(50)));
            Assert.True(condition.IsHeldByCurrentThread);
            condition.Notify(); // nobody waits: nothing happens
            condition.NotifyAll();
        }
    }

    [Fact]
    public void Wait_releases_every_level_of_a_reentrant_lock_and_takes_them_back()
    {
        using var rlock = ProcessRLock.Create();
        using var condition = ProcessCondition.Create(rlock);
        using var value = SharedValue<long>.Create();
        using var notifier = ChildProcess.Create(SyncWorkers.IncrementAndNotifyAll, (condition, value));
        rlock.Acquire();
        rlock.Acquire();
        notifier.Start(); // it can take the lock only while this thread waits
        Assert.True(condition.WaitFor(() => value.Value == 1, Patience));
        Assert.Equal(2, rlock.RecursionCount);
        rlock.Release();
        rlock.Release();
        Assert.False(rlock.IsHeldByCurrentThread);
        Assert.True(notifier.Join(Patience));
    }

    [Fact]
    public void A_waiter_that_was_killed_does_not_swallow_a_notification()
    {
        using var condition = ProcessCondition.Create();
        using var woken = SharedArray<long>.Create(1);
        using var doomed = ChildProcess.Create(SyncWorkers.WaitOnCondition, (condition, woken, 60_000));
        doomed.Start();
        ChildWait.Until(() => condition.WaitingCount == 1);
        using var survivor = ChildProcess.Create(SyncWorkers.WaitOnCondition, (condition, woken, 60_000));
        survivor.Start();
        ChildWait.Until(() => condition.WaitingCount == 2);
        doomed.Kill();
        Assert.True(doomed.Join(Patience));

        using (condition.Lock())
        {
            condition.Notify(); // the dead waiter came first in line; the survivor must get it
        }

        Assert.True(survivor.Join(Patience));
        Assert.True(survivor.Result);
        Assert.Equal(1, woken[0]);
    }

    [Fact]
    public void Attach_finds_the_condition_and_its_lock()
    {
        using var condition = ProcessCondition.Create();
        using var attached = ProcessCondition.Attach(condition.Name);
        Assert.Equal(condition.LockName, attached.LockName);
        using (condition.Lock())
        {
            Assert.True(attached.IsHeldByCurrentThread);
        }

        using var processLock = ProcessLock.Create();
        using var overLock = ProcessCondition.Create(processLock);
        using var overLockAttached = ProcessCondition.Attach(overLock.Name);
        Assert.Equal(processLock.Name, overLockAttached.LockName);

        using var notACondition = ProcessEvent.Create();
        Assert.Throws<ArgumentException>(() => ProcessCondition.Attach(notACondition.Name));
    }
}
