using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Sync;

/// <summary>
/// One timeout policy for every wait: null and <see cref="Timeout.InfiniteTimeSpan"/> wait without a limit, a timeout
/// too large for a deadline waits without a limit too, and a negative one is an <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class TimeoutPolicyTests
{
    [Fact]
    public async Task A_contended_lock_acquired_with_an_infinite_timeout_waits_for_the_holder()
    {
        using var gate = ProcessLock.Create();
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = Task.Factory.StartNew(() =>
        {
            gate.Acquire();
            holding.Set();
            release.Wait();
            gate.Release();
        }, TaskCreationOptions.LongRunning);
        holding.Wait();

        var waiter = Task.Factory.StartNew(() => gate.Acquire(timeout: Timeout.InfiniteTimeSpan), TaskCreationOptions.LongRunning);
        await Task.Delay(200);
        Assert.False(waiter.IsCompleted, "an infinite wait for a held lock returned before the holder released it");
        release.Set();
        Assert.True(await waiter.WaitAsync(ChildWait.Patience));
        await holder;
    }

    [Fact]
    public async Task A_queue_get_with_the_largest_timeout_waits_for_an_item()
    {
        using var queue = ProcessQueue<int>.Create();
        var getter = Task.Factory.StartNew(() => queue.Get(timeout: TimeSpan.MaxValue), TaskCreationOptions.LongRunning);
        await Task.Delay(200);
        Assert.False(getter.IsCompleted, "a get with TimeSpan.MaxValue returned (or timed out) before any item was put");
        queue.Put(42);
        Assert.Equal(42, await getter.WaitAsync(ChildWait.Patience));
    }

    [Fact]
    public void Negative_timeouts_are_refused_the_same_way_everywhere()
    {
        using var gate = ProcessLock.Create();
        using var queue = ProcessQueue<int>.Create();
        using var evt = ProcessEvent.Create();
        var negative = TimeSpan.FromSeconds(-2);
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.Get(timeout: negative));
        Assert.Throws<ArgumentOutOfRangeException>(() => evt.Wait(negative));
        gate.Acquire();
        try
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Task.Run(() => gate.Acquire(timeout: negative)).GetAwaiter().GetResult());
        }
        finally
        {
            gate.Release();
        }
    }
}
