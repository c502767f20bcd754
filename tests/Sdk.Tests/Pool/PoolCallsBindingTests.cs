using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Pool;

/// <summary>
/// The pools' calls are extension methods (<see cref="ProcessPoolExtensions"/>) and a <see cref="ProcessPool"/>'s token
/// shapes are too, in the same class: a method group that fits both a plain shape and a token shape still binds to the
/// plain one. (In another class, the token shape's receiver, ProcessPool, would be the better conversion and win.)
/// </summary>
public sealed class PoolCallsBindingTests
{
    [Fact]
    public async Task A_target_that_fits_a_plain_and_a_token_shape_binds_to_the_plain_one()
    {
        await using var pool = new ProcessPool(1);
        Assert.Equal(6, pool.Apply(BindingWorkers.Pick, 3));
        Assert.Equal(6, await pool.ApplyAsync(BindingWorkers.Pick, 3));
        Assert.Equal([2, 4], pool.Map(BindingWorkers.Pick, [1, 2]));
        Assert.Equal(new[] { 2, 4 }, await pool.MapAsync(BindingWorkers.Pick, [1, 2]));
        Assert.Equal([2, 4], pool.Imap(BindingWorkers.Pick, [1, 2]).ToArray());
        Assert.Equal([2, 4], pool.ImapUnordered(BindingWorkers.Pick, [1, 2]).Order().ToArray());
        Assert.Equal(new[] { 2, 4 }, await pool.ImapAsync(BindingWorkers.Pick, [1, 2]).ToArrayAsync());

        // The token shape is still there when asked for.
        Assert.Equal(-3, pool.Apply<int, int>(BindingWorkers.Pick, 3, cancellationToken: CancellationToken.None));
        Assert.Equal([-1, -2], pool.Map<int, int>(BindingWorkers.Pick, [1, 2], cancellationToken: CancellationToken.None));
    }
}
