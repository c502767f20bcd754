using System.Runtime.ExceptionServices;

namespace Multiprocessing.Tests.Infrastructure;

/// <summary>
/// Runs code on a thread of its own (not the thread pool), for tests of thread-owned locks: the calling thread keeps
/// what it holds, and no task is blocked on.
/// </summary>
internal sealed class OtherThread<T>
{
    private readonly Thread _thread;
    private T? _result;
    private ExceptionDispatchInfo? _error;

    private OtherThread(Func<T> work)
    {
        _thread = new Thread(() =>
        {
            try
            {
                _result = work();
            }
            catch (Exception ex)
            {
                _error = ExceptionDispatchInfo.Capture(ex);
            }
        })
        { IsBackground = true };
    }

    /// <summary>Starts <paramref name="work"/> on a new thread.</summary>
    internal static OtherThread<T> Start(Func<T> work)
    {
        var other = new OtherThread<T>(work);
        other._thread.Start();
        return other;
    }

    /// <summary>Waits for the thread (failing the test after <see cref="ChildWait.Patience"/>) and returns its result or rethrows its exception.</summary>
    internal T Join()
    {
        Assert.True(_thread.Join(ChildWait.Patience), "the other thread did not finish");
        _error?.Throw();
        return _result!;
    }
}
