using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Process;

/// <summary>
/// Issue #15: a child's exception keeps its chain and its type, base types included, so callers can branch on what
/// went wrong (<c>catch (RemoteProcessException ex) when (ex.Is&lt;IOException&gt;())</c>).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class RemoteExceptionChainTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_child_process_reports_the_chain_base_types_and_data()
    {
        using var p = ChildProcess.Create(RemoteErrorTargets.Throw, 0);
        p.Start();
        Assert.True(p.Join(Patience));
        var error = Assert.IsType<RemoteProcessException>(p.Exception);
        AssertWrappedChain(error);

        using var missing = ChildProcess.Create(RemoteErrorTargets.Throw, 1);
        missing.Start();
        Assert.True(missing.Join(Patience));
        var notFound = Assert.IsType<RemoteProcessException>(missing.Exception);
        Assert.True(notFound.Is<FileNotFoundException>());
        Assert.True(notFound.Is<IOException>());
        Assert.True(notFound.Is<Exception>());
        Assert.False(notFound.Is<InvalidDataException>());
        Assert.Equal(["System.IO.IOException", "System.SystemException", "System.Exception"], notFound.RemoteBaseTypeNames);
    }

    [Fact]
    public async Task Pool_ApplyAsync_Apply_and_Map_report_the_chain()
    {
        await using var pool = new ProcessPool(1);
        var awaited = await Assert.ThrowsAsync<RemoteProcessException>(async () => await pool.ApplyAsync(RemoteErrorTargets.Throw, 0));
        AssertWrappedChain(awaited);

        var applied = Assert.Throws<RemoteProcessException>(() => pool.Apply(RemoteErrorTargets.Throw, 1));
        Assert.True(applied.Is<IOException>());

        var mapped = Assert.Throws<RemoteProcessException>(() => pool.Map(RemoteErrorTargets.Throw, [5, 6, 0, 7], chunkSize: 1));
        AssertWrappedChain(mapped);
        Assert.Equal([5, 6], pool.Map(RemoteErrorTargets.Throw, [5, 6]));
    }

    [Fact]
    public void An_AggregateExceptions_inner_list_comes_back_whole()
    {
        using var pool = new ProcessPool(1);
        var error = Assert.Throws<RemoteProcessException>(() => pool.Apply(RemoteErrorTargets.Throw, 2));
        Assert.True(error.Is<AggregateException>());
        Assert.Equal(2, error.RemoteInnerExceptions.Count);
        Assert.Same(error.RemoteInnerExceptions[0], error.InnerException);
        Assert.True(error.RemoteInnerExceptions[0].Is<ArgumentOutOfRangeException>());
        Assert.True(error.RemoteInnerExceptions[0].Is<ArgumentException>());
        Assert.StartsWith("index 7 is out of range", error.RemoteInnerExceptions[0].RemoteMessage, StringComparison.Ordinal);
        Assert.True(error.RemoteInnerExceptions[1].Is<KeyNotFoundException>());
        Assert.Equal("key 'a'", error.RemoteInnerExceptions[1].RemoteMessage);
    }

    [Fact]
    public void A_chain_deeper_than_the_limit_is_cut_not_refused()
    {
        using var pool = new ProcessPool(1);
        var error = Assert.Throws<RemoteProcessException>(() => pool.Apply(RemoteErrorTargets.Throw, 3));
        int levels = 0;
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            levels++;
        }

        Assert.Equal(RemoteErrorReport.MaxDepth, levels);
        Assert.Equal("level 39", error.RemoteMessage);
        Assert.Equal(1, pool.Apply(RemoteErrorTargets.Throw, 1_000) / 1_000); // the worker goes on
    }

    [Fact]
    public void A_report_over_the_limits_is_refused_before_it_is_allocated()
    {
        // What a hostile child could send: a count far above the limit, and a chain deeper than it.
        var wide = new MarshalWriter();
        wide.WriteString("System.Exception");
        wide.WriteString("");
        wide.WriteString("");
        wide.WriteUnmanaged((byte)255);
        Assert.Throws<MarshalException>(() => ReadReport(wide.WrittenSpan.ToArray()));

        var deep = new MarshalWriter();
        for (int i = 0; i <= RemoteErrorReport.MaxDepth; i++)
        {
            deep.WriteString("System.Exception");
            deep.WriteString($"level {i}");
            deep.WriteString("");
            deep.WriteUnmanaged((byte)0);
            deep.WriteUnmanaged((byte)0);
            deep.WriteUnmanaged((byte)1);
        }

        Assert.Contains("deeper", Assert.Throws<MarshalException>(() => ReadReport(deep.WrittenSpan.ToArray())).Message);

        // And what a well-behaved writer makes of a huge aggregate stays within the limits.
        var huge = new AggregateException(Enumerable.Range(0, 1_000).Select(i => new AggregateException(Enumerable.Range(0, 20).Select(j => new InvalidOperationException($"{i}.{j}")))));
        var writer = new MarshalWriter();
        RemoteErrorReport.Write(writer, huge);
        var report = ReadReport(writer.WrittenSpan.ToArray());
        Assert.Equal(RemoteErrorReport.MaxInnerExceptions, report.InnerExceptions.Count);
        Assert.True(Count(report) <= RemoteErrorReport.MaxExceptions);
    }

    [Fact]
    public async Task The_in_process_pool_answers_Is_the_same_way()
    {
        await using var pool = new InProcessPool(1);
        var error = Assert.Throws<RemoteProcessException>(() => pool.Apply(RemoteErrorTargets.Throw, 1));
        Assert.True(error.Is<FileNotFoundException>());
        Assert.True(error.Is<IOException>());
        Assert.False(error.Is<InvalidDataException>());
        Assert.IsType<FileNotFoundException>(error.InnerException);
    }

    private static RemoteErrorReport ReadReport(byte[] bytes)
    {
        var reader = new MarshalReader(bytes);
        return RemoteErrorReport.Read(ref reader);
    }

    private static int Count(RemoteErrorReport report) => 1 + report.InnerExceptions.Sum(Count);

    private static void AssertWrappedChain(RemoteProcessException error)
    {
        Assert.True(error.Is<InvalidDataException>());
        Assert.True(error.Is<SystemException>());
        Assert.False(error.Is<IOException>());
        Assert.Equal("the header is corrupt", error.RemoteMessage);
        Assert.Equal("128", error.Data["offset"]);
        Assert.Equal("data.bin", error.Data["file"]);
        Assert.False(error.Data.Contains("ignored"));

        var inner = Assert.IsType<RemoteProcessException>(error.InnerException);
        Assert.Same(inner, Assert.Single(error.RemoteInnerExceptions));
        Assert.True(inner.Is<IOException>());
        Assert.Equal("the disk read failed", inner.RemoteMessage);
        Assert.Null(inner.InnerException);
        Assert.Contains("the disk read failed", error.ToString(), StringComparison.Ordinal);
    }
}
