using Multiprocessing;

namespace Pitfalls;

/// <summary>One method per pitfall. Each comment says what is wrong, where it comes from in Python, and the fix.</summary>
public static class Examples
{
#if SHOW_COMPILER_ERRORS
    // MP0002 (error, also a compiler error): the arguments of a two-parameter target must be ONE tuple, as Python's
    // args=(a, b). Right: ChildProcess.Create(Work.Greet, ("Ada", 3)).
    public static void ArgumentsNotATuple() => ChildProcess.Create(Work.Greet, "Ada", 3).Start();
#endif

    // MP0003 (error): a lambda as a target (Python: "Can't pickle local object"). The child cannot find it.
    // Right: a static [ProcessTarget] method, with what the lambda captured passed as arguments.
    public static void LambdaTarget()
    {
        var factor = 3;
        using var p = ChildProcess.Create((int x) => Console.WriteLine(x * factor), 5);
        p.Start();
        p.Join();
    }

    // MP0003 (error): a static method without [ProcessTarget]; Create throws ArgumentException at run time.
    // Right: mark it [ProcessTarget] (the code fix does).
    public static void UnmarkedTarget()
    {
        using var p = ChildProcess.Create(Work.Forgotten, 5);
        p.Start();
        p.Join();
    }

    // MP0004 (error): an open stream cannot travel to another process
    // (Python: "TypeError: cannot pickle '_io.TextIOWrapper' object"). Right: pass the path, open it in the child.
    public static void UnmarshallableArgument()
    {
        using Stream log = File.OpenWrite("log.bin");
        using var p = ChildProcess.Create(Work.WriteLog, log);
        p.Start();
        p.Join();
    }

    // MP0012: tuple element names are not keyword arguments (Python's kwargs={"who": ...}): the values go by position,
    // so 'who' goes to the parameter 'name'. Right: ChildProcess.Create(Work.Greet, (name: "Ada", times: 3)).
    public static void TupleNamesAsKeywords()
    {
        using var p = ChildProcess.Create(Work.Greet, (who: "Ada", times: 3));
        p.Start();
        p.Join();
    }

    // MP0013 (error): Label(int) returns string, but here it is converted to a Func<int, object>; the runtime knows
    // each target by its own signature only, so Create throws ArgumentException. Right: ChildProcess.Create(Work.Label, 5).
    public static void VariantTarget()
    {
        using var p = ChildProcess.Create<int, object>(Work.Label, 5);
        p.Start();
        p.Join();
    }

    // MP0005: Daemon set after Start() throws (Python: "process has already started"). Right: set it before Start().
    public static void DaemonAfterStart()
    {
        using var p = ChildProcess.Create(Work.Crunch, 1);
        p.Start();
        p.Daemon = true;
        p.Join();
    }

    // MP0006: Run() runs the target here, in the parent; Start() was meant. Right: p.Start(); p.Join();
    public static void RunInsteadOfStart()
    {
        using var p = new Ticker();
        p.Run();
    }

    // MP0008: PutNowait throws QueueFullException when the queue is full, GetNowait QueueEmptyException when it is
    // empty (Python's queue.Full and queue.Empty from put_nowait/get_nowait). Nothing here catches them: the third put
    // fails, and the loop dies with the item lost to its logic. Right: catch the exception, or use
    // `if (!queue.TryPut(i, TimeSpan.Zero)) { ... }` and `queue.TryGet(out var first, TimeSpan.Zero)`.
    public static void NowaitWithoutCatch()
    {
        using var queue = ProcessQueue<int>.Create(maxSize: 2);
        for (var i = 0; i < 3; i++)
        {
            queue.PutNowait(i);
        }

        var first = queue.GetNowait();
        Console.WriteLine(first);
    }

    // MP0009: started, never joined, awaited or disposed, and it does not leave the method: nothing watches the
    // child (Python's zombie processes, ResourceWarning). Right: p.Join() after the last use, or `using var`.
    public static void NeverJoined()
    {
        var p = ChildProcess.Create(Work.Crunch, 2);
        p.Start();
    }

    // MP0009: a pool never disposed, nor closed and joined, nor terminated: its worker processes outlive the method
    // (Python's Pool() without `with`, or without close() and join()). Right: `using var pool = new ProcessPool(2);`.
    public static int[] PoolNeverDisposed()
    {
        var pool = new ProcessPool(2);
        return pool.Map(Work.Square, new[] { 1, 2, 3 });
    }

    // MP0009: a queue never closed or disposed: its shared-memory buffer, and whatever is left in it, stay until this
    // process exits (Python's queue is closed by the garbage collector; this one is not). Right: `using var queue = ...`.
    public static void QueueNeverClosed()
    {
        var queue = ProcessQueue<string>.Create();
        queue.Put("hello");
        Console.WriteLine(queue.Get());
    }

    // MP0009, once per end: neither end of the pipe is closed, so the shared memory stays until this process exits.
    // Right: hand `child` to the process that uses it (ChildProcess.Create(target, child)), then `child.Close()` here,
    // and `parent.Close()` after its last use.
    public static void PipeEndsNeverClosed()
    {
        var (parent, child) = ProcessPipe.Create<string>();
        parent.Send("ping");
        Console.WriteLine(child.Recv());
    }

    // MP0010: joined in the loop that starts it, so the children run one after another (Python's
    // `p.start(); p.join()` in one loop). Right: start them all in this loop, join them all in a second one.
    public static void JoinInTheStartLoop()
    {
        for (var i = 0; i < 4; i++)
        {
            var p = ChildProcess.Create(Work.Crunch, i);
            p.Start();
            p.Join();
        }
    }

    // MP0011: Result read before the child is joined: it throws while the child runs, and ExitCode is null
    // (Python's `p.exitcode` is None right after start()). Right: p.Join() first, or await p.GetResultAsync().
    public static void ReadBeforeJoin()
    {
        using var p = ChildProcess.Create(Work.Sum, (1, 2, 3));
        p.Start();
        Console.WriteLine(p.Result);
        p.Join();
    }
}

/// <summary>A target's own state.</summary>
public static class Counter
{
    private static int s_calls;

    // MP0007: a target writes a static field; it runs in the child, so the parent never sees the change (Python's
    // global written in a child). Right: return the value, or use SharedValue<T> / ProcessQueue<T>.
    [ProcessTarget]
    public static void Count() => s_calls++;

    public static int Calls => s_calls;
}
