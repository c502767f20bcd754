using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Shared;

[Collection(ProcessCollection.Name)]
public sealed class SharedArrayAndValueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Children_write_their_ranges_of_a_shared_array_and_the_parent_sees_them()
    {
        using var array = SharedArray<double>.Create(Enumerable.Range(0, 1000).Select(i => (double)i).ToArray());
        Assert.Equal(1000, array.Length);
        Assert.Equal(999.0, array[999]);
        using var low = ChildProcess.Create(Workers.ScaleShared, (array, 0, 500, 2.0));
        using var high = ChildProcess.Create(Workers.ScaleShared, (array, 500, 500, 3.0));
        low.Start();
        high.Start();
        Assert.True(low.Join(Patience) && high.Join(Patience));
        Assert.Equal(Enumerable.Range(0, 500).Sum(i => i * 2.0), low.Result);
        Assert.Equal(Enumerable.Range(500, 500).Sum(i => i * 3.0), high.Result);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i < 500 ? i * 2.0 : i * 3.0), array.Span.ToArray());
    }

    [Fact]
    public void A_shared_counter_counts_every_increment_of_two_racing_processes()
    {
        using var counter = SharedValue<long>.Create(5);
        Assert.Equal(5, counter.Value);
        using var a = ChildProcess.Create(Workers.CountShared, (counter, 10_000));
        using var b = ChildProcess.Create(Workers.CountShared, (counter, 10_000));
        a.Start();
        b.Start();
        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(20_005, counter.Value);
        Assert.Equal(20_005, Math.Max(a.Result, b.Result));
        counter.Value = -1;
        Assert.Equal(-1, counter.Value);
        using var real = SharedValue<double>.Create(1.5);
        Assert.Throws<NotSupportedException>(() => real.Add(1));
    }

    [Fact]
    public void Attaching_with_a_length_larger_than_the_block_is_refused()
    {
        using var array = SharedArray<int>.Create(4);
        var error = Assert.Throws<ArgumentException>(() => SharedArray<int>.Attach(array.Block.Name, 5));
        Assert.Contains("too small for 5 elements", error.Message);
        using var again = SharedArray<int>.Attach(array.Block.Name, 4);
        again[2] = 9;
        Assert.Equal(9, array[2]);
    }
}
