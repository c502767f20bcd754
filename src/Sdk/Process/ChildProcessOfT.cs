using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>A child process whose target returns a value of type <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TResult">The target's result type.</typeparam>
public sealed class ChildProcess<TResult> : ChildProcess
{
    internal ChildProcess(Delegate target, Action<MarshalWriter> writeArguments, Action runLocally)
        : base(target, writeArguments, runLocally)
    {
    }

    /// <summary>
    /// The value the target returned in the child. Available once the child has exited (after <see cref="ChildProcess.Join()"/>);
    /// a cancellation the child has reported is thrown at once (see <see cref="GetResultAsync"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The process was not started, or has not exited yet.</exception>
    /// <exception cref="RemoteProcessException">The target threw in the child.</exception>
    /// <exception cref="OperationCanceledException">The child was cancelled (<see cref="ChildProcess.Cancel"/>, the token given to <see cref="ChildProcess.Start(CancellationToken)"/>) and its target honoured its token.</exception>
    /// <exception cref="ProcessException">The child exited without a result (killed, or it called <see cref="Environment.Exit"/>).</exception>
    public TResult Result
    {
        get
        {
            var child = Child ?? throw new InvalidOperationException($"Process '{Name}' was not started: call Start() and Join() before reading Result.");
            if (!child.HasExited && !IsCancellation(child))
            {
                throw new InvalidOperationException($"Process '{Name}' is still running: call Join() before reading Result, or await GetResultAsync().");
            }

            return ReadResult(child);
        }
    }

    /// <summary>Waits for the child to exit and returns the target's result.</summary>
    /// <remarks>
    /// A cancelled child (<see cref="ChildProcess.Cancel"/>, the token given to <see cref="ChildProcess.Start(CancellationToken)"/>)
    /// whose target honoured its token makes this throw <see cref="OperationCanceledException"/> as soon as the child
    /// reports it, before the child has exited (its runtime's shutdown takes tens of milliseconds): <see cref="ChildProcess.ExitCode"/>
    /// may still be null then; <see cref="ChildProcess.Join()"/> waits for the exit. Every other outcome is returned
    /// once the child has exited.
    /// </remarks>
    /// <param name="cancellationToken">Stops the wait (not the child).</param>
    /// <returns>The value the target returned.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the child.</exception>
    /// <exception cref="OperationCanceledException">The child was cancelled and its target honoured its token.</exception>
    /// <exception cref="ProcessException">The child exited without a result.</exception>
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var child = StartedChild("await the result of");
        await child.WaitReportedAsync(cancellationToken).ConfigureAwait(false);
        if (!IsCancellation(child))
        {
            await JoinAsync(cancellationToken).ConfigureAwait(false);
        }

        return ReadResult(child);
    }

    /// <summary>Whether the child reported that its target honoured a cancel this process asked for.</summary>
    private static bool IsCancellation(Spawn.SpawnedChild child) =>
        child.CancelRequested && child.Exception is { } error && error.Is<OperationCanceledException>();

    private TResult ReadResult(Spawn.SpawnedChild child)
    {
        if (child.Exception is { } error)
        {
            if (IsCancellation(child))
            {
                throw new OperationCanceledException($"Process '{Name}' (pid {child.Pid}) was cancelled: its target honoured its CancellationToken.", error, StartToken);
            }

            throw error;
        }

        if (child.BootstrapFailure is { } failure)
        {
            throw new ProcessException($"Process '{Name}' (pid {child.Pid}) never ran its target: {failure.Message}", failure);
        }

        var bytes = child.ResultBytes
            ?? throw new ProcessException($"Process '{Name}' (pid {child.Pid}) {ExitDescription.Of(child.ExitCode)} before returning a result.");
        var reader = new MarshalReader(bytes.Span);
        var value = Marshaller<TResult>.Default.Read(ref reader);
        reader.EnsureEnd($"the result of process '{Name}'");
        return value;
    }
}
