namespace Multiprocessing.Tests.Targets;

/// <summary>Targets that take a <see cref="CancellationToken"/>: one honours it, one ignores it, one takes it first.</summary>
public static class CancellationWorkers
{
    /// <summary>
    /// Sets <paramref name="started"/>, waits up to 30 s for its token; when the token is cancelled, sets
    /// <paramref name="cancelled"/> and throws <see cref="OperationCanceledException"/>. Returns its pid otherwise.
    /// </summary>
    [ProcessTarget]
    public static int Honour(ProcessEvent started, ProcessEvent cancelled, CancellationToken cancellationToken)
    {
        started.Set();
        if (cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30)))
        {
            cancelled.Set();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Environment.ProcessId;
    }

    /// <summary>
    /// <see cref="Honour"/>, in a child whose exit waits (in a <see cref="AppDomain.ProcessExit"/> handler) until
    /// <paramref name="release"/> is set, for at most 60 s: the child reports its outcome, then stays alive.
    /// </summary>
    [ProcessTarget]
    public static int HonourThenHoldExit(ProcessEvent started, ProcessEvent cancelled, ProcessEvent release, CancellationToken cancellationToken)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => release.Wait(TimeSpan.FromSeconds(60));
        return Honour(started, cancelled, cancellationToken);
    }

    /// <summary>The async form of <see cref="Honour"/>: awaits a delay with the token.</summary>
    [ProcessTarget]
    public static async Task<int> HonourAsync(ProcessEvent started, CancellationToken cancellationToken, ProcessEvent cancelled)
    {
        started.Set();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            cancelled.Set();
            throw;
        }

        return Environment.ProcessId;
    }

    /// <summary>Sets <paramref name="started"/>, then sleeps <paramref name="milliseconds"/> whatever its token says.</summary>
    [ProcessTarget]
    public static int Ignore(ProcessEvent started, int milliseconds, CancellationToken cancellationToken)
    {
        started.Set();
        Thread.Sleep(milliseconds);
        return cancellationToken.IsCancellationRequested ? -Environment.ProcessId : Environment.ProcessId;
    }

    /// <summary>
    /// A map target: <paramref name="events"/> names two events ("started cancelled"). Sets the first, waits up to
    /// 30 s for its token; when the token is cancelled, sets the second and throws. Returns its pid otherwise.
    /// </summary>
    [ProcessTarget]
    public static int HonourItem(string events, CancellationToken cancellationToken)
    {
        var names = events.Split(' ');
        using var started = ProcessEvent.Attach(names[0]);
        using var cancelled = ProcessEvent.Attach(names[1]);
        return Honour(started, cancelled, cancellationToken);
    }

    /// <summary>The async form of <see cref="HonourItem"/>.</summary>
    [ProcessTarget]
    public static async Task<int> HonourItemAsync(string events, CancellationToken cancellationToken)
    {
        var names = events.Split(' ');
        using var started = ProcessEvent.Attach(names[0]);
        using var cancelled = ProcessEvent.Attach(names[1]);
        return await HonourAsync(started, cancellationToken, cancelled);
    }

    /// <summary>A map target: the item plus 1000 when its token can be cancelled (the worker passes its chunk's token).</summary>
    [ProcessTarget]
    public static int TokenItem(int x, CancellationToken cancellationToken) => x + (cancellationToken.CanBeCanceled ? 1000 : 0);

    /// <summary>The token first: <paramref name="x"/> travels, the token does not (it can be cancelled: 1000 more).</summary>
    [ProcessTarget]
    public static int TokenFirst(CancellationToken cancellationToken, int x) => x + (cancellationToken.CanBeCanceled ? 1000 : 0);

    /// <summary>A token and nothing else.</summary>
    [ProcessTarget]
    public static bool TokenOnly(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled && !cancellationToken.IsCancellationRequested;
}
