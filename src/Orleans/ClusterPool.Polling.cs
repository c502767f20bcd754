using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Multiprocessing.Orleans;

public sealed partial class ClusterPool
{
    private static readonly TimeSpan LongestPollWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The bound on each grain call's wait for a task's answer: a third of Orleans' response timeout (the shorter of the
    /// client's and a silo's own, as configured in <paramref name="services"/>; 30 s when unknown), at most 10 s. A call
    /// is answered within it (at worst <see cref="ClusterTaskStatus.Running"/>), well before the response timeout.
    /// </summary>
    internal static TimeSpan PollWaitFor(IServiceProvider? services)
    {
        var timeout = TimeSpan.FromSeconds(30);
        if (services is not null)
        {
            var client = services.GetService<IOptions<ClientMessagingOptions>>()?.Value.ResponseTimeout ?? timeout;
            var silo = services.GetService<IOptions<SiloMessagingOptions>>()?.Value.ResponseTimeout ?? timeout;
            timeout = client < silo ? client : silo;
        }

        var third = timeout / 3;
        return third > LongestPollWait ? LongestPollWait : third < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : third;
    }

    /// <summary>
    /// Runs an item on its silo by long polling: <see cref="IPoolWorkerGrain.Run"/>, then <see cref="IPoolWorkerGrain.Collect"/>
    /// until the answer is final, each call waiting at most the bound. A call that is not answered (a timeout, a broken
    /// connection: the gateway may be gone while the silo lives) is asked again under the same ticket, until the silo has
    /// been silent for longer than it keeps a task for its client, or the item was taken back (the membership declared
    /// the silo dead: <see cref="Lost"/>, or the pool was terminated). The caller's cancellation cancels the task on the silo.
    /// </summary>
    /// <returns>The final answer, or why none came (the caller's cancellation, or the last failure).</returns>
    private async Task<(ClusterTaskReply? Reply, Exception? Failure)> CallAsync(SiloState silo, ClusterWorkItem item, int attempt)
    {
        var grain = silo.Grain;
        var ticket = Guid.NewGuid();
        var token = item.CancellationToken;
        long silentFor = (long)(PoolTaskTicket.KeepFor(_pollWait) + _pollWait).TotalMilliseconds;
        long answered = Environment.TickCount64;
        bool known = false; // the silo has answered for this ticket
        Task<ClusterTaskReply>? call = null;
        try
        {
            while (true)
            {
                ClusterTaskReply? reply = null;
                Exception? failure = null;
                try
                {
                    call = known || call is not null ? grain.Collect(ticket, _pollWait) : grain.Run(item.Request, ticket, _pollWait);
                    reply = await call.WaitAsync(2 * _pollWait, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    failure = ex;
                    _ = call?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }

                if (reply is { Status: ClusterTaskStatus.UnknownTicket } && !known)
                {
                    failure = new ProcessException($"Silo {silo.Address}: {reply.Message}"); // the start may still be on its way
                    reply = null;
                }

                if (reply is not null)
                {
                    answered = Environment.TickCount64;
                    known = true;
                    if (reply.Status != ClusterTaskStatus.Running)
                    {
                        return (reply, null);
                    }

                    lock (_gate)
                    {
                        NoteLocked(silo, reply);
                    }
                }
                else if (Environment.TickCount64 - answered > silentFor)
                {
                    return (null, failure);
                }
                else
                {
                    RequestRefresh(); // the refresh takes the item back if its silo is really gone
                    await Task.Delay(_pollWait / 4, token).ConfigureAwait(false);
                }

                lock (_gate)
                {
                    if (item.Attempt != attempt || !silo.Held.Contains(item) || State == PoolState.Terminated)
                    {
                        return (null, new ProcessException($"The task was taken back from silo {silo.Address}."));
                    }
                }
            }
        }
        catch (Exception) when (token.IsCancellationRequested)
        {
            _ = CancelOnSiloAsync(grain, ticket, call);
            return (null, new OperationCanceledException(token));
        }
    }

    /// <summary>
    /// Cancels a task on its silo at once, and again once the call that may start it there has ended (a cancel that
    /// overtook the task's start finds no task).
    /// </summary>
    private static async Task CancelOnSiloAsync(IPoolWorkerGrain grain, Guid ticket, Task? call)
    {
        await CancelQuietlyAsync(grain, ticket).ConfigureAwait(false);
        if (call is not null)
        {
            try
            {
                await call.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Answered or not, the task may be there.
            }

            await CancelQuietlyAsync(grain, ticket).ConfigureAwait(false);
        }
    }

    private static async Task CancelQuietlyAsync(IPoolWorkerGrain grain, Guid ticket)
    {
        try
        {
            await grain.Cancel(ticket).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Not reachable: the silo cancels the task itself once nobody asks for it.
        }
    }

    /// <summary>Notes what an answer says of its silo: draining or not accepting, it gets no new task until a refresh says otherwise.</summary>
    private void NoteLocked(SiloState silo, ClusterTaskReply? reply)
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "NoteLocked runs under _gate.");
        silo.Draining |= reply?.Draining == true;
        if (reply is { Status: ClusterTaskStatus.NotStarted } or { Draining: true })
        {
            silo.Accepting = false; // the silo or its pool is stopping: no more work there until a refresh says otherwise
        }
    }
}
