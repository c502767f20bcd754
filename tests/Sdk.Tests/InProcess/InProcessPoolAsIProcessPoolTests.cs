using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.InProcess;

/// <summary>
/// An <see cref="InProcessPool"/> is an <see cref="IProcessPool"/>: code written against the interface (an app's
/// service given a pool by DI) takes it in a test, and every call goes through the marshallers as with processes.
/// </summary>
public sealed class InProcessPoolAsIProcessPoolTests
{
    [Fact]
    public async Task Code_that_takes_an_IProcessPool_runs_on_an_InProcessPool_through_the_marshallers()
    {
        IProcessPool pool = new InProcessPool(2);
        await using (pool)
        {
            Assert.Equal(2, pool.Processes);
            Assert.Equal(49, pool.Apply(Workers.Square, 7));
            Assert.Equal(42, await pool.ApplyAsync(Workers.Add, (40, 2)));
            Assert.Equal([1, 4, 9], pool.Map(Workers.Square, [1, 2, 3]));
            Assert.Equal(new[] { 3, 7 }, await pool.StarmapAsync(Workers.Add, [(1, 2), (3, 4)]));
            Assert.Equal(new[] { 0, 1, 4 }, await pool.ImapAsync(Workers.Square, Enumerable.Range(0, 3)).ToArrayAsync());

            // Marshalled, not passed by reference: a marshaller that forgets a field loses it here too.
            Assert.Equal("(lost)", pool.Apply(InProcessWorkers.NoteOf, new Forgetful(1, "kept?")));

            // Progress, as the interface's callers get it from a process pool: the last report before the end.
            var reports = new ReportsSeen();
            Assert.Equal([0, 1, 4, 9], pool.Imap(Workers.Square, Lazy(4), chunkSize: 2, progress: reports).ToArray());
            Assert.Equal(4, reports.Last);
            var unordered = new ReportsSeen();
            Assert.Equal([0, 1, 4], pool.ImapUnordered(Workers.Square, Lazy(3), progress: unordered).Order().ToArray());
            Assert.Equal(3, unordered.Last);

            pool.Close();
            await pool.JoinAsync();
        }
    }

    [Fact]
    public void An_IProcessPool_the_SDK_did_not_write_is_told_which_pools_serve_the_calls()
    {
        IProcessPool pool = new HandMadePool();
        var error = Assert.Throws<NotSupportedException>(() => pool.Apply(Workers.Square, 7));
        Assert.Contains(typeof(HandMadePool).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("ProcessPool, InProcessPool", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClusterPool", error.Message, StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => pool.Map(Workers.Square, [1]));
        Assert.Throws<NotSupportedException>(() => pool.ImapAsync(Workers.Square, [1]));
        Assert.Throws<ArgumentNullException>(() => ((IProcessPool)null!).Apply(Workers.Square, 7));
    }

    private static IEnumerable<int> Lazy(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return i;
        }
    }

    // Reports as they are made (Progress<T> would post them to the thread pool, out of order and late).
    private sealed class ReportsSeen : IProgress<int>
    {
        public int Last { get; private set; }

        public void Report(int value) => Last = value;
    }

    private sealed class HandMadePool : IProcessPool
    {
        public int Processes => 1;

        public void Close()
        {
        }

        public void Terminate()
        {
        }

        public void Join()
        {
        }

        public Task JoinAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
