using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

[Collection(ProcessCollection.Name)]
public sealed class ProcessSemaphoreTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void A_semaphore_of_two_lets_at_most_two_of_four_processes_in_at_once()
    {
        using var semaphore = ProcessSemaphore.Create(2);
        using var stats = SharedArray<long>.Create(5); // ready, go, inside now, most inside at once, entries
        var children = Enumerable.Range(0, 4).Select(_ => ChildProcess.Create(SyncWorkers.UseSemaphore, (semaphore, stats, 5, 20))).ToList();
        try
        {
            children.ForEach(c => c.Start());
            ChildWait.Until(() => Volatile.Read(ref stats[0]) == 4);
            Volatile.Write(ref stats[1], 1);
            Assert.All(children, c => Assert.True(c.Join(Patience)));
            Assert.All(children, c => Assert.Equal(0, c.ExitCode));
            Assert.Equal(20, stats[4]);
            Assert.Equal(0, stats[2]);
            Assert.InRange(stats[3], 1, 2); // three inside at once would mean the semaphore let one too many in
            Assert.Equal(2, semaphore.Value);
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void Acquire_counts_down_and_reports_an_empty_semaphore_without_blocking_or_after_a_timeout()
    {
        using var semaphore = ProcessSemaphore.Create(3);
        Assert.Equal(3, semaphore.Value);
        Assert.True(semaphore.Acquire());
        Assert.True(semaphore.Acquire(block: false));
        Assert.True(semaphore.Acquire(timeout: TimeSpan.FromSeconds(1)));
        Assert.Equal(0, semaphore.Value);
        Assert.False(semaphore.Acquire(block: false));
        Assert.False(semaphore.Acquire(timeout: TimeSpan.FromMilliseconds(100)));
        Assert.False(semaphore.Acquire(timeout: TimeSpan.Zero));

        using var child = ChildProcess.Create(SyncWorkers.AcquireSemaphoreWithin, (semaphore, 200));
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.False(child.Result, "the child found no unit within its timeout");

        semaphore.Release(3);
        Assert.Equal(3, semaphore.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => semaphore.Release(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => semaphore.Acquire(timeout: TimeSpan.FromSeconds(-2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessSemaphore.Create(-1));
    }

    [Fact]
    public async Task A_release_in_another_process_wakes_a_sleeping_waiter_and_release_n_wakes_n()
    {
        using var semaphore = ProcessSemaphore.Create(0);
        var waiters = Enumerable.Range(0, 2).Select(_ => Task.Run(() => semaphore.Acquire(timeout: Patience))).ToList();
        ChildWait.Until(() => semaphore.SleepingWaiters == 2);

        using var child = ChildProcess.Create(SyncWorkers.ReleaseSemaphore, (semaphore, 2));
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.Equal("ok ProcessSemaphore", child.Result);
        Assert.All(await Task.WhenAll(waiters).WaitAsync(Patience), Assert.True);
        Assert.Equal(0, semaphore.Value);
    }

    [Fact]
    public void A_bounded_semaphore_refuses_a_release_above_its_initial_value_in_every_process()
    {
        using var bounded = ProcessBoundedSemaphore.Create(2);
        Assert.Equal(2, bounded.InitialValue);
        var full = Assert.Throws<SemaphoreFullException>(() => bounded.Release());
        Assert.Contains("initial value 2", full.Message);
        Assert.Equal(2, bounded.Value);

        Assert.True(bounded.Acquire());
        Assert.True(bounded.Acquire());
        Assert.Throws<SemaphoreFullException>(() => bounded.Release(3));
        Assert.Equal(0, bounded.Value);
        bounded.Release();

        // Passed as a plain ProcessSemaphore, the child still gets the bounded one and its check.
        ProcessSemaphore plain = bounded;
        using var overReleaser = ChildProcess.Create(SyncWorkers.ReleaseSemaphore, (plain, 2));
        overReleaser.Start();
        Assert.True(overReleaser.Join(Patience));
        Assert.Equal("SemaphoreFullException ProcessBoundedSemaphore", overReleaser.Result);
        Assert.Equal(1, bounded.Value);

        using var releaser = ChildProcess.Create(SyncWorkers.ReleaseSemaphore, (plain, 1));
        releaser.Start();
        Assert.True(releaser.Join(Patience));
        Assert.Equal("ok ProcessBoundedSemaphore", releaser.Result);
        Assert.Equal(2, bounded.Value);

        using var attached = ProcessSemaphore.Attach(bounded.Name);
        Assert.IsType<ProcessBoundedSemaphore>(attached);
        using var unbounded = ProcessSemaphore.Create(1);
        Assert.Throws<ArgumentException>(() => ProcessBoundedSemaphore.Attach(unbounded.Name));
        unbounded.Release(); // an unbounded semaphore may go above its initial value
        Assert.Equal(2, unbounded.Value);
    }

    [Fact]
    public void A_unit_taken_by_a_process_that_is_killed_is_lost_and_a_waiter_times_out()
    {
        // Documented behaviour (as in Python): a semaphore has no owner, so the dead process's unit is not given back.
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "");
        try
        {
            using var semaphore = ProcessSemaphore.Create(1);
            using var holder = ChildProcess.Create(SyncWorkers.HoldSemaphore, (semaphore, path));
            holder.Start();
            ChildWait.ForPidFile(path);
            holder.Kill();
            Assert.True(holder.Join(Patience));
            Assert.Equal(0, semaphore.Value);
            Assert.False(semaphore.Acquire(timeout: TimeSpan.FromMilliseconds(100)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_scope_of_Enter_gives_the_unit_back()
    {
        using var semaphore = ProcessSemaphore.Create(1);
        using (semaphore.Enter())
        {
            Assert.Equal(0, semaphore.Value);
            Assert.False(semaphore.Acquire(block: false));
        }

        Assert.Equal(1, semaphore.Value);
    }
}
