using System.Diagnostics;
using Multiprocessing.Interop;
using Multiprocessing.Marshalling;
using Multiprocessing.Targets;

namespace Multiprocessing.Spawn;

/// <summary>
/// The parent's side of one spawned child: the OS process, its control connection, what it reported (result,
/// exception, exit code) and the sentinel that is signaled when all of that is final.
/// </summary>
internal sealed class SpawnedChild : IAwaitedChild, IDisposable
{
    private readonly ChildProcess _owner;
    private readonly Process _process;
    private readonly SpawnToken _token;
    private readonly TaskCompletionSource<ControlConnection> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _reported = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEvent _sentinel = new(false);
    private ControlConnection? _connection;
    private Func<ControlConnection, Task>? _protocol;
    private readonly object _cancelGate = new();
    private bool _cancelPending;
    private int? _announcedExitCode;
    private int _exitCode;
    private volatile bool _hasExited;

    private SpawnedChild(ChildProcess owner, Process process, SpawnToken token, ReadOnlyMemory<byte> startMessage)
    {
        _owner = owner;
        _process = process;
        _token = token;
        StartMessage = startMessage;
    }

    /// <summary>The key of the child's one-time spawn token, with which the handshake authenticates both sides.</summary>
    public byte[] TokenKey => _token.Key;

    /// <summary>The Start frame's payload (with the authkey), sent by the control server right after the child is welcomed.</summary>
    public ReadOnlyMemory<byte>? StartMessage { get; }

    internal int Pid { get; private set; }

    internal bool HasExited => _hasExited;

    /// <summary>Whether this child was a spare of the warm start when it was handed its Start.</summary>
    internal bool WasSpare { get; private init; }

    /// <summary>The exit code, Python-style (negative signal number when a signal ended the child). Valid once <see cref="HasExited"/>.</summary>
    internal int ExitCode => _exitCode;

    internal ReadOnlyMemory<byte>? ResultBytes { get; private set; }

    internal RemoteProcessException? Exception { get; private set; }

    /// <summary>Why the child never ran its target (it died during bootstrap or failed authentication), or null.</summary>
    internal Exception? BootstrapFailure { get; private set; }

    internal WaitHandle Sentinel => _sentinel;

    /// <summary>True once <see cref="SendCancel"/> was called for a plain child (its target's token is cancelled).</summary>
    internal bool CancelRequested { get; private set; }

    /// <summary>
    /// Sends a Cancel frame: the child's watchdog thread, which blocks reading the control connection anyway, cancels
    /// the token the target received. A child not connected yet is sent it as soon as it connects (after its Start).
    /// Returns false when the child is gone.
    /// </summary>
    /// <param name="payload">Empty for a plain child; a pool worker's task id (-1: every task).</param>
    internal bool SendCancel(ReadOnlySpan<byte> payload)
    {
        ControlConnection? connection;
        lock (_cancelGate)
        {
            if (payload.IsEmpty)
            {
                CancelRequested = true;
            }

            connection = _connection;
            if (connection is null)
            {
                _cancelPending = payload.IsEmpty; // a pool worker gets tasks (and their cancels) only once connected
                return !_hasExited;
            }
        }

        return TrySend(connection, payload);
    }

    private bool TrySend(ControlConnection connection, ReadOnlySpan<byte> payload)
    {
        if (_hasExited)
        {
            return false;
        }

        try
        {
            connection.Send(FrameType.Cancel, payload);
            return true;
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
            return false; // the child is exiting: its exit tells the rest
        }
    }

    /// <summary>
    /// Starts a child: hands the Start to a ready spare when <paramref name="warm"/> (<see cref="StartMethod.WarmSpawn"/>)
    /// and one fits, else launches a fresh process. <paramref name="lease"/> is the pool that wants spares kept, or
    /// null for <see cref="Multiprocess.StartMethod"/>'s.
    /// </summary>
    internal static SpawnedChild Start(ChildProcess owner, TargetDescriptor target, ReadOnlyMemory<byte> payload, string name, string identity, bool daemon, byte[] authkey, Func<ControlConnection, Task>? protocol = null, Action<ChildOutputLine>? output = null, bool warm = false, SpareLease? lease = null)
    {
        var start = Spawn.StartMessage.Write(target.Id, target.Assembly.FullName, name, daemon, identity, authkey, payload);
        var startInfo = ChildLauncher.Create(target);
        if (output is not null)
        {
            startInfo.RedirectStandardOutput = true;
            startInfo.RedirectStandardError = true;
        }

        if (warm)
        {
            var forward = output is null ? null : new OutputForwarder(name, output);
            var spare = SpareSupply.Take(startInfo, () => Relaunch(target, output is not null), lease, forward is null ? null : forward.Forward);
            if (spare is not null && Adopt(owner, spare, start, protocol) is { } adopted)
            {
                if (forward is not null)
                {
                    forward.Pid = adopted.Pid;
                }

                return adopted;
            }
        }

        return Launch(owner, startInfo, start, name, protocol, output);
    }

    private static ProcessStartInfo Relaunch(TargetDescriptor target, bool redirect)
    {
        var startInfo = ChildLauncher.Create(target);
        startInfo.RedirectStandardOutput = redirect;
        startInfo.RedirectStandardError = redirect;
        return startInfo;
    }

    /// <summary>
    /// Hands a start to a ready spare: sends it the Start frame and takes over its process and connection. Returns
    /// null when the spare turns out to be gone (the caller launches a fresh process instead).
    /// </summary>
    private static SpawnedChild? Adopt(ChildProcess owner, SpareChild spare, ReadOnlyMemory<byte> start, Func<ControlConnection, Task>? protocol)
    {
        var connection = spare.Connection;
        try
        {
            connection.Send(FrameType.Start, start.Span);
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
            // It died or is dying: make sure, and release it once reaped (its Process still holds the pid until then).
            connection.Dispose();
            _ = NativeMethods.Kill(spare.Pid, NativeMethods.SIGKILL);
            var process = spare.Process;
            _ = process.WaitForExitAsync().ContinueWith(_ => process.Dispose(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            return null;
        }

        var child = new SpawnedChild(owner, spare.Process, spare.Token, start) { _protocol = protocol, Pid = spare.Pid, WasSpare = true };
        child._connected.TrySetResult(connection);
        _ = child.RunAsync();
        return child;
    }

    private static SpawnedChild Launch(ChildProcess owner, ProcessStartInfo startInfo, ReadOnlyMemory<byte> start, string name, Func<ControlConnection, Task>? protocol, Action<ChildOutputLine>? output)
    {
        var server = ControlServer.Instance;
        var token = SpawnToken.Create();
        ChildLauncher.Bind(startInfo, server.Endpoint, token);
        var child = new SpawnedChild(owner, new Process { StartInfo = startInfo }, token, start) { _protocol = protocol };
        server.Expect(token.Id, child);
        var forward = output is null ? null : new OutputForwarder(name, output);
        try
        {
            if (forward is not null)
            {
                child._process.OutputDataReceived += (_, e) => forward.Forward(e.Data, isError: false);
                child._process.ErrorDataReceived += (_, e) => forward.Forward(e.Data, isError: true);
            }

            child._process.Start();
            if (forward is not null)
            {
                child._process.BeginOutputReadLine();
                child._process.BeginErrorReadLine();
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            server.Forget(token.Id);
            throw new ProcessException($"Could not start a child process for '{name}' ({startInfo.FileName}): {ex.Message}", ex);
        }

        child.Pid = child._process.Id;
        if (forward is not null)
        {
            forward.Pid = child.Pid;
        }

        _ = child.RunAsync();
        return child;
    }

    public void OnConnected(ControlConnection connection)
    {
        if (!_connected.TrySetResult(connection))
        {
            connection.Dispose();
        }
    }

    public void OnConnectFailed(Exception error) => _connected.TrySetException(error);

    internal bool Wait(TimeSpan timeout) => _hasExited || _sentinel.WaitOne(timeout);

    internal Task WaitAsync(CancellationToken cancellationToken) => _finished.Task.WaitAsync(cancellationToken);

    /// <summary>
    /// Completes when the child's outcome is known: its Result or Error frame has arrived (the child sends it before
    /// it exits, so this is usually well before <see cref="WaitAsync"/>), or it has exited without one.
    /// </summary>
    internal Task WaitReportedAsync(CancellationToken cancellationToken) => _reported.Task.WaitAsync(cancellationToken);

    /// <summary>Whether the child has sent its Result or Error frame (it is exiting, or has exited).</summary>
    internal bool HasReported => _reported.Task.IsCompleted && (ResultBytes is not null || Exception is not null);

    internal void Signal(int signal)
    {
        if (_hasExited)
        {
            return;
        }

        // Between the runtime reaping the child and _hasExited turning true the pid could in theory be reused;
        // the window is a few instructions long and pids are not reused that fast on Linux.
        if (NativeMethods.Kill(Pid, signal) != 0 && !_hasExited)
        {
            int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            const int ESRCH = 3;
            if (errno != ESRCH)
            {
                throw new ProcessException($"Could not send signal {signal} to process '{_owner.Name}' (pid {Pid}): errno {errno}.");
            }
        }
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _process.Dispose();
        _sentinel.Dispose();
    }

    /// <summary>How long an exited child's pending connection may take to be handed over (see <see cref="RunAsync"/>).</summary>
    private static readonly TimeSpan ConnectGrace = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the parent watches for an exit right after the child's connection closed, before it leaves it to SIGCHLD.</summary>
    private static readonly TimeSpan ExitGrace = TimeSpan.FromMilliseconds(200);

    private async Task RunAsync()
    {
        var exited = _process.WaitForExitAsync();
        try
        {
            var first = await Task.WhenAny(_connected.Task, exited).ConfigureAwait(false);
            if (first == exited && !_connected.Task.IsCompleted)
            {
                // A quick child can connect, run and exit before the accepted connection is handed over here: its
                // result is still in the socket. Give the hand-over a moment before treating it as never connected.
                await Task.WhenAny(_connected.Task, Task.Delay(ConnectGrace)).ConfigureAwait(false);
            }

            if (_connected.Task.IsCompletedSuccessfully)
            {
                bool cancel;
                lock (_cancelGate)
                {
                    _connection = _connected.Task.Result;
                    cancel = _cancelPending;
                }

                if (cancel)
                {
                    TrySend(_connection, []);
                }

                await (_protocol ?? ReadReportsAsync)(_connection).ConfigureAwait(false);
            }
            else if (_connected.Task.IsCompleted)
            {
                BootstrapFailure = _connected.Task.Exception?.InnerException;
            }
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
            // A child that reported its result or exception ran its target: a reset after that (its socket closed with a
            // cancel frame unread, sent as it returned) is the end of its reports, not a bootstrap failure.
            if (ResultBytes is null && Exception is null)
            {
                BootstrapFailure ??= ex;
            }
        }
        finally
        {
            if (_connected.Task.IsCompletedSuccessfully && !exited.IsCompleted)
            {
                // The control connection ended: the child is exiting (its descriptors close at its exit).
                _ = ExitWatch.WaitBriefly(_process, Pid, ExitGrace);
            }

            if (!_process.HasExited)
            {
                await exited.ConfigureAwait(false);
            }

            ControlServer.Instance.Forget(_token.Id);
            _exitCode = PythonExitCode();
            if (!_connected.Task.IsCompleted)
            {
                BootstrapFailure ??= new ProcessException(
                    $"Process '{_owner.Name}' (pid {Pid}) {ExitDescription.Of(_exitCode)} during bootstrap, before it connected to its parent. " +
                    "Its output above says why; check that Multiprocess.MainGuard() is the first statement of Main.");
            }

            SharedMemoryTracker.SweepDeferred(); // pipes whose last other holder was this child
            _hasExited = true;
            _sentinel.Set();
            _reported.TrySetResult();
            _finished.TrySetResult();
        }
    }

    private async Task ReadReportsAsync(ControlConnection connection)
    {
        while (await connection.ReceiveAsync().ConfigureAwait(false) is { } frame)
        {
            switch (frame.Type)
            {
                case FrameType.Result:
                    ResultBytes = frame.Payload;
                    _reported.TrySetResult();
                    break;
                case FrameType.Error:
                    Exception = ReadError(frame.Payload);
                    _reported.TrySetResult();
                    break;
                case FrameType.Exit when frame.Payload.Length == sizeof(int):
                    _announcedExitCode = BitConverter.ToInt32(frame.Payload);
                    break;
                default:
                    throw new ProcessException($"Corrupt control frame from process '{_owner.Name}' (pid {Pid}): unexpected {frame.Type} frame of {frame.Payload.Length} bytes.");
            }
        }
    }

    private RemoteProcessException ReadError(byte[] payload)
    {
        var reader = new MarshalReader(payload);
        var report = RemoteErrorReport.Read(ref reader);
        reader.EnsureEnd("an error report");
        return RemoteProcessException.FromReport(report, _owner.Name, Pid);
    }

    private int RawExitCode()
    {
        try
        {
            return _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private int PythonExitCode()
    {
        if (_announcedExitCode is int announced)
        {
            return announced;
        }

        // .NET reports a child ended by signal N as 128 + N; Python reports -N.
        int raw = RawExitCode();
        return raw > 128 && raw < 128 + 65 ? -(raw - 128) : raw;
    }
}
