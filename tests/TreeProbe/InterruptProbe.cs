namespace Multiprocessing.TreeProbe;

/// <summary>
/// <c>TreeProbe interrupt</c> / <c>TreeProbe interrupt-python</c>: two plain children wait for their tokens; the
/// probe prints <c>ready root=&lt;pid&gt; children=&lt;pid&gt;,&lt;pid&gt;</c>, waits for SIGINT (handled as an
/// application does: Console.CancelKeyPress), joins its children and prints <c>joined &lt;outcome&gt;|&lt;outcome&gt;</c>
/// (cancelled, returned, or the error message), then exits 0. With <c>interrupt-python</c> it uses
/// <see cref="InterruptHandling.Signal"/> (CPython's behaviour).
/// </summary>
internal static class InterruptProbe
{
    /// <summary>
    /// <c>TreeProbe interrupt-default</c>: an application that does not handle Ctrl+C, with two children whose target
    /// takes no token; prints the ready line and sleeps until SIGINT ends it.
    /// </summary>
    internal static int RunUnhandled()
    {
        var started = new[] { ProcessEvent.Create(), ProcessEvent.Create() };
        var children = started.Select(e => ChildProcess.Create(Tasks.SetThenSleep, e)).ToArray();
        foreach (var child in children)
        {
            child.Start();
        }

        foreach (var e in started)
        {
            e.Wait(TimeSpan.FromSeconds(60));
        }

        Console.WriteLine($"ready root={Environment.ProcessId} children={string.Join(',', children.Select(c => c.Pid))}");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    internal static int Run(bool python)
    {
        if (python)
        {
            Multiprocess.InterruptHandling = InterruptHandling.Signal;
        }

        using var interrupted = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // this application ends by itself, once its children are joined
            interrupted.Set();
        };

        var started = new[] { ProcessEvent.Create(), ProcessEvent.Create() };
        var children = started.Select(e => ChildProcess.Create(Tasks.WaitForCancellation, e)).ToArray();
        foreach (var child in children)
        {
            child.Start();
        }

        foreach (var e in started)
        {
            if (!e.Wait(TimeSpan.FromSeconds(60)))
            {
                Console.WriteLine("a child never started");
                return 3;
            }
        }

        Console.WriteLine($"ready root={Environment.ProcessId} children={string.Join(',', children.Select(c => c.Pid))}");
        Console.Out.Flush();
        interrupted.Wait();
        var outcomes = children.Select(c => ChildOutcome.Of(c, out _)).ToList();
        Console.WriteLine("joined " + string.Join('|', outcomes));
        Console.Out.Flush();
        foreach (var e in started)
        {
            e.Dispose();
        }

        return 0;
    }
}
