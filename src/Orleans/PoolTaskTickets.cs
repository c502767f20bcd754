using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;

namespace Multiprocessing.Orleans;

/// <summary>
/// The cluster tasks a silo holds, by ticket: each runs in the silo's <see cref="ProcessPool"/>, and each call of its
/// client waits for its answer at most the client's bound, so no grain call outlasts Orleans' response timeout however
/// long the task runs. A silo-wide singleton (the grain's activation may come and go). A task whose client stopped
/// asking is cancelled in the pool, and an answer no client collects is dropped (<see cref="PoolTaskTicket.KeepFor"/>).
/// Each task counts in <see cref="PoolWorkerDrain"/> until its answer is collected or dropped, so a stopping silo
/// waits for its clients to collect what it holds.
/// </summary>
internal sealed class PoolTaskTickets : IDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Guid, PoolTaskTicket> _tickets = new();
    private readonly ProcessPool _pool;
    private readonly PoolWorkerDrain _drain;
    private readonly IOptions<ProcessPoolWorkerOptions> _options;
    private readonly Timer _sweep;

    public PoolTaskTickets(ProcessPool pool, PoolWorkerDrain drain, IOptions<ProcessPoolWorkerOptions> options)
    {
        _pool = pool;
        _drain = drain;
        _options = options;
        _sweep = new Timer(static state => ((PoolTaskTickets)state!).Sweep(), this, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Starts a task under <paramref name="ticket"/> and waits for its answer at most <paramref name="wait"/>.</summary>
    internal Task<ClusterTaskReply> Run(ClusterTaskRequest request, Guid ticket, TimeSpan wait)
    {
        wait = Bounded(wait);
        if (_tickets.ContainsKey(ticket))
        {
            return Collect(ticket, wait); // the same ticket twice: a poll of the task it names
        }

        if (!_drain.TryEnter())
        {
            return Task.FromResult(new ClusterTaskReply { Status = ClusterTaskStatus.NotStarted, Message = "The silo is stopping: it takes no new task.", Draining = true });
        }

        var entry = new PoolTaskTicket(wait);
        entry.Reply = RunCore(request, entry.Token);
        if (!_tickets.TryAdd(ticket, entry))
        {
            entry.Cancel();
            _drain.Exit();
            return Task.FromResult(new ClusterTaskReply { Status = ClusterTaskStatus.Refused, Message = $"Ticket {ticket} is in use." });
        }

        // A cancelled task's answer is not collected (its client stopped asking): it is dropped once the pool let it go.
        _ = entry.Reply.ContinueWith((_, state) => ((PoolTaskTickets)state!).ForgetIfCancelled(ticket, entry), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return Poll(ticket, entry, wait);
    }

    /// <summary>Waits for the answer of the task under <paramref name="ticket"/> at most <paramref name="wait"/>.</summary>
    internal Task<ClusterTaskReply> Collect(Guid ticket, TimeSpan wait) =>
        _tickets.TryGetValue(ticket, out var entry)
            ? Poll(ticket, entry, Bounded(wait))
            : Task.FromResult(new ClusterTaskReply
            {
                Status = ClusterTaskStatus.UnknownTicket,
                Message = $"The silo holds no task with ticket {ticket}: its answer was collected already, or dropped after its client stopped asking, or the task never arrived.",
                Draining = _drain.Draining,
            });

    /// <summary>Cancels the task under <paramref name="ticket"/> in the silo's pool (its client's caller cancelled).</summary>
    internal void Cancel(Guid ticket)
    {
        if (_tickets.TryGetValue(ticket, out var entry))
        {
            entry.Cancel();
            ForgetIfCancelled(ticket, entry);
        }
    }

    public void Dispose() => _sweep.Dispose();

    private static TimeSpan Bounded(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;

    private async Task<ClusterTaskReply> Poll(Guid ticket, PoolTaskTicket entry, TimeSpan wait)
    {
        entry.PollStarted();
        try
        {
            await entry.Reply.WaitAsync(wait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Running, Draining = _drain.Draining };
        }
        finally
        {
            entry.PollEnded();
        }

        Forget(ticket, entry);
        var reply = await entry.Reply.ConfigureAwait(false);

        // A stopping silo tells the client with each answer that it takes no more work, so that no new task is sent
        // to it after its last answer (the silo leaves the cluster once its answers are collected).
        return _drain.Draining
            ? new ClusterTaskReply { Status = reply.Status, Payload = reply.Payload, WorkerName = reply.WorkerName, ProcessId = reply.ProcessId, ExitCode = reply.ExitCode, Message = reply.Message, Draining = true }
            : reply;
    }

    private void ForgetIfCancelled(Guid ticket, PoolTaskTicket entry)
    {
        if (entry.Cancelled && entry.Reply.IsCompleted)
        {
            Forget(ticket, entry);
        }
    }

    private void Forget(Guid ticket, PoolTaskTicket entry)
    {
        if (_tickets.TryRemove(new KeyValuePair<Guid, PoolTaskTicket>(ticket, entry)))
        {
            _drain.Exit();
        }
    }

    /// <summary>Drops the answers no client collected, and cancels the tasks no client asks for any more.</summary>
    private void Sweep()
    {
        long now = Environment.TickCount64;
        foreach (var (ticket, entry) in _tickets)
        {
            if (entry.Forgotten(now))
            {
                entry.Cancel();
                ForgetIfCancelled(ticket, entry); // an answer that is ready goes now; a running task once the pool lets it go
            }
        }
    }

    private async Task<ClusterTaskReply> RunCore(ClusterTaskRequest request, CancellationToken cancellationToken)
    {
        if (!ClusterSecret.Verify(_options.Value.SharedSecret, request))
        {
            return new ClusterTaskReply
            {
                Status = ClusterTaskStatus.Refused,
                Message = "The request's proof does not match this silo's shared secret: the client must use the same ClusterPoolOptions.SharedSecret as the silo's ProcessPoolWorkerOptions.SharedSecret.",
            };
        }

        Task<byte[]> work;
        try
        {
            work = _pool.SubmitRaw(request.TargetId, request.AssemblyName, request.Batch, request.Payload, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.NotStarted, Message = ex.Message }; // closed or terminated
        }
        catch (ProcessException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Refused, Message = ex.Message }; // no such target, or a broken pool
        }

        try
        {
            byte[] result = await work.ConfigureAwait(false);
            return new ClusterTaskReply { Status = ClusterTaskStatus.Succeeded, Payload = result };
        }
        catch (RemoteProcessException ex)
        {
            var writer = new MarshalWriter();
            RemoteErrorReport.WriteRemote(writer, ex);
            return new ClusterTaskReply { Status = ClusterTaskStatus.TargetFailed, Payload = writer.WrittenSpan.ToArray(), WorkerName = ex.ProcessName, ProcessId = ex.ProcessId };
        }
        catch (WorkerCrashedException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.WorkerCrashed, WorkerName = ex.WorkerName, ProcessId = ex.ProcessId, ExitCode = ex.ExitCode };
        }
        catch (InvalidOperationException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Lost, Message = ex.Message }; // terminated while it held the task
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Cancelled, Message = "The task was cancelled in the silo's pool." };
        }
        catch (Exception ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Refused, Message = $"{ex.GetType().FullName}: {ex.Message}" };
        }
    }
}
