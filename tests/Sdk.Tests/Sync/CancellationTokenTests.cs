using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

/// <summary>Every blocking wait takes a token and ends with OperationCanceledException when it is cancelled.</summary>
[Collection(ProcessCollection.Name)]
public sealed class CancellationTokenTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    public static TheoryData<string> Waits => new()
    {
        "queue.Get", "queue.Put", "queue.Join", "simple.Get", "pipe.Recv", "lock.Acquire", "rlock.Acquire",
        "semaphore.Acquire", "bounded.Acquire", "event.Wait", "condition.Wait", "barrier.Wait", "child.Join",
    };

    [Theory]
    [MemberData(nameof(Waits))]
    public async Task A_blocking_wait_ends_with_OperationCanceledException_when_its_token_is_cancelled(string wait)
    {
        var cleanup = new List<IDisposable>();
        try
        {
            Action<CancellationToken> blockingCall = Setup(wait, cleanup);
            using var cancel = new CancellationTokenSource();
            using var started = new ManualResetEventSlim();
            var call = Task.Factory.StartNew(() => { started.Set(); blockingCall(cancel.Token); }, TaskCreationOptions.LongRunning);
            started.Wait();
            await Task.Delay(150);
            Assert.False(call.IsCompleted, $"{wait} returned before anything released it");
            cancel.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Patience));

            // An already cancelled token fails at once too.
            Assert.ThrowsAny<OperationCanceledException>(() => blockingCall(new CancellationToken(true)));
        }
        finally
        {
            cleanup.Reverse();
            cleanup.ForEach(d => d.Dispose());
        }
    }

    private static Action<CancellationToken> Setup(string wait, List<IDisposable> cleanup)
    {
        T Keep<T>(T d)
            where T : IDisposable
        {
            cleanup.Add(d);
            return d;
        }

        switch (wait)
        {
            case "queue.Get":
                var q = Keep(ProcessQueue<int>.Create());
                return t => q.Get(t);
            case "queue.Put":
                var full = Keep(ProcessQueue<int>.Create(maxSize: 1));
                full.Put(0);
                return t => full.Put(1, t);
            case "queue.Join":
                var jq = Keep(JoinableProcessQueue<int>.Create());
                jq.Put(1);
                return t => jq.Join(t);
            case "simple.Get":
                var sq = Keep(SimpleProcessQueue<int>.Create());
                return t => sq.Get(t);
            case "pipe.Recv":
                var (a, b) = ProcessPipe.Create<int>();
                Keep(a);
                Keep(b);
                return t => a.Recv(t);
            case "lock.Acquire":
                var l = Keep(ProcessLock.Create());
                l.Acquire(); // held by this process (another thread): the call below waits
                return t => l.Acquire(t);
            case "rlock.Acquire":
                var r = Keep(ProcessRLock.Create());
                r.Acquire();
                return t => r.Acquire(t);
            case "semaphore.Acquire":
                var s = Keep(ProcessSemaphore.Create(0));
                return t => s.Acquire(t);
            case "bounded.Acquire":
                var bs = Keep(ProcessBoundedSemaphore.Create(1));
                bs.Acquire();
                return t => bs.Acquire(t);
            case "event.Wait":
                var e = Keep(ProcessEvent.Create());
                return t => e.Wait(t);
            case "condition.Wait":
                var c = Keep(ProcessCondition.Create());
                return t =>
                {
                    c.Acquire();
                    try
                    {
                        c.Wait(t);
                    }
                    finally
                    {
                        c.Release();
                    }
                };
            case "barrier.Wait":
                var barrier = Keep(ProcessBarrier.Create(2));
                return t => barrier.Wait(t);
            case "child.Join":
                string pidFile = Path.GetTempFileName();
                var child = ChildProcess.Create(IpcWorkers.GetForever, (Keep(ProcessQueue<int>.Create()), pidFile));
                child.Start();
                ChildWait.ForPidFile(pidFile);
                cleanup.Add(new Releaser(() =>
                {
                    child.Kill();
                    child.Join();
                    child.Dispose();
                    File.Delete(pidFile);
                }));
                return t => child.Join(t);
            default:
                throw new ArgumentOutOfRangeException(nameof(wait), wait, null);
        }
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
