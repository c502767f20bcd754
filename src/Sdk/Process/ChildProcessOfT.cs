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
    /// The value the target returned in the child. Available once the child has exited (after <see cref="ChildProcess.Join()"/>).
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
            if (!child.HasExited)
            {
                throw new InvalidOperationException($"Process '{Name}' is still running: call Join() before reading Result, or await GetResultAsync().");
            }

            return ReadResult(child);
        }
    }

    /// <summary>Waits for the child to exit and returns the target's result.</summary>
    /// <param name="cancellationToken">Stops the wait (not the child).</param>
    /// <returns>The value the target returned.</returns>
    /// <exception cref="RemoteProcessException">The target threw in the child.</exception>
    /// <exception cref="OperationCanceledException">The child was cancelled and its target honoured its token.</exception>
    /// <exception cref="ProcessException">The child exited without a result.</exception>
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
    {
        await JoinAsync(cancellationToken).ConfigureAwait(false);
        return ReadResult(Child!);
    }

    private TResult ReadResult(Spawn.SpawnedChild child)
    {
        if (child.Exception is { } error)
        {
            if (child.CancelRequested && error.Is<OperationCanceledException>())
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
