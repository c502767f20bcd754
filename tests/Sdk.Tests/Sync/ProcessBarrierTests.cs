using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

[Collection(ProcessCollection.Name)]
public sealed class ProcessBarrierTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void Three_processes_pass_each_round_together_with_distinct_arrival_indices()
    {
        const int rounds = 20;
        int actions = 0;
        using var barrier = ProcessBarrier.Create(3, action: () => actions++);
        using var arrived = SharedArray<long>.Create(rounds);
        using var a = ChildProcess.Create(SyncWorkers.BarrierRounds, (barrier, arrived, rounds));
        using var b = ChildProcess.Create(SyncWorkers.BarrierRounds, (barrier, arrived, rounds));
        a.Start();
        b.Start();
        var mine = new List<int>();
        for (int round = 0; round < rounds; round++)
        {
            Interlocked.Increment(ref arrived[round]);
            mine.Add(barrier.Wait(Patience));
            Assert.Equal(3, Volatile.Read(ref arrived[round])); // nobody passes before all three arrived
        }

        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        var theirs = new[] { a.Result!, b.Result! }.Select(r => r.Split(',').Select(int.Parse).ToList()).ToList();
        for (int round = 0; round < rounds; round++)
        {
            Assert.Equal([0, 1, 2], new[] { mine[round], theirs[0][round], theirs[1][round] }.Order());
        }

        // The action ran once per round in which this process arrived last (index Parties - 1).
        Assert.Equal(mine.Count(i => i == 2), actions);
        Assert.Equal(0, barrier.NWaiting);
        Assert.False(barrier.Broken);
        Assert.Equal(rounds, barrier.Generation);
    }

    [Fact]
    public void Abort_breaks_the_barrier_for_the_waiting_children_and_Reset_makes_it_usable_again()
    {
        using var barrier = ProcessBarrier.Create(3);
        using var a = ChildProcess.Create(SyncWorkers.WaitAtBarrier, (barrier, -1));
        using var b = ChildProcess.Create(SyncWorkers.WaitAtBarrier, (barrier, -1));
        a.Start();
        b.Start();
        ChildWait.Until(() => barrier.NWaiting == 2);
        barrier.Abort();
        Assert.True(barrier.Broken);
        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal("broken", a.Result);
        Assert.Equal("broken", b.Result);
        Assert.Throws<BrokenBarrierException>(() => barrier.Wait(Patience));
        Assert.Equal(0, barrier.NWaiting);

        barrier.Reset();
        Assert.False(barrier.Broken);
        using var c = ChildProcess.Create(SyncWorkers.WaitAtBarrier, (barrier, -1));
        using var d = ChildProcess.Create(SyncWorkers.WaitAtBarrier, (barrier, -1));
        c.Start();
        d.Start();
        int index = barrier.Wait(Patience);
        Assert.True(c.Join(Patience) && d.Join(Patience));
        Assert.Equal([0, 1, 2], new[] { index, int.Parse(c.Result!.Split(' ')[1]), int.Parse(d.Result!.Split(' ')[1]) }.Order());
    }

    [Fact]
    public void Reset_while_children_wait_gives_them_the_exception_and_leaves_the_barrier_unbroken()
    {
        using var barrier = ProcessBarrier.Create(2);
        using var waiter = ChildProcess.Create(SyncWorkers.WaitAtBarrier, (barrier, -1));
        waiter.Start();
        ChildWait.Until(() => barrier.NWaiting == 1);
        barrier.Reset();
        Assert.True(waiter.Join(Patience));
        Assert.Equal("broken", waiter.Result);
        Assert.False(barrier.Broken);
        Assert.Equal(0, barrier.NWaiting);
    }

    [Fact]
    public void A_wait_that_times_out_breaks_the_barrier_for_everyone()
    {
        using var barrier = ProcessBarrier.Create(3, timeout: TimeSpan.FromMilliseconds(200));
        Assert.Equal(TimeSpan.FromMilliseconds(200), barrier.DefaultTimeout);
        using var patient = ChildProcess.Create(SyncWorkers.WaitAtBarrier, (barrier, -1));
        patient.Start();
        ChildWait.Until(() => barrier.NWaiting == 1);

        var timedOut = Assert.Throws<BrokenBarrierException>(() => barrier.Wait()); // the default timeout
        Assert.Contains("timed out", timedOut.Message);
        Assert.True(barrier.Broken);
        Assert.True(patient.Join(Patience));
        Assert.Equal("broken", patient.Result); // it waited without a limit, but the barrier broke under it
    }

    [Fact]
    public void A_failing_action_breaks_the_barrier_and_reaches_the_caller()
    {
        using var barrier = ProcessBarrier.Create(1, action: () => throw new InvalidOperationException("boom"));
        var broken = Assert.Throws<BrokenBarrierException>(() => barrier.Wait());
        Assert.IsType<InvalidOperationException>(broken.InnerException);
        Assert.True(barrier.Broken);
        barrier.Reset();
        using var attached = ProcessBarrier.Attach(barrier.Name); // no action in this copy
        Assert.Equal(0, attached.Wait());
        Assert.Equal(1, attached.Parties);
    }

    [Fact]
    public void A_party_killed_while_waiting_still_counts_and_its_slot_is_taken_back()
    {
        using var barrier = ProcessBarrier.Create(2);
        using var doomed = ChildProcess.Create(SyncWorkers.WaitAtBarrier, (barrier, -1));
        doomed.Start();
        ChildWait.Until(() => barrier.NWaiting == 1);
        doomed.Kill();
        Assert.True(doomed.Join(Patience));

        // It had arrived: this wait completes the round. Then many rounds reuse the slots, the dead one's included.
        Assert.Equal(1, barrier.Wait(Patience));
        using var arrived = SharedArray<long>.Create(50);
        using var partner = ChildProcess.Create(SyncWorkers.BarrierRounds, (barrier, arrived, 50));
        partner.Start();
        for (int round = 0; round < 50; round++)
        {
            Interlocked.Increment(ref arrived[round]);
            barrier.Wait(Patience);
        }

        Assert.True(partner.Join(Patience));
        Assert.DoesNotContain("passed round", partner.Result);
    }

    [Fact]
    public void Bad_arguments_and_other_kinds_of_memory_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessBarrier.Create(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessBarrier.Create(2, timeout: TimeSpan.FromSeconds(-3)));
        using var notABarrier = ProcessEvent.Create();
        Assert.Throws<ArgumentException>(() => ProcessBarrier.Attach(notABarrier.Name));
    }
}
