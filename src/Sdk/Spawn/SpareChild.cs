using System.Diagnostics;
using Multiprocessing.Interop;

namespace Multiprocessing.Spawn;

/// <summary>
/// One spare of the warm start (<see cref="StartMethod.WarmSpawn"/>): a child launched, connected and authenticated
/// like any other, but sent Standby instead of Start. It warms up, says Ready, and then blocks reading its control
/// connection until a start hands it work (<see cref="SpawnedChild.Adopt"/> sends the Start frame) or the parent
/// discards it or dies (end of stream: it exits).
/// </summary>
internal sealed class SpareChild : IAwaitedChild
{
    private const int Launching = 0;
    private const int Ready = 1;
    private const int Adopted = 2;
    private const int Gone = 3;

    private readonly SpawnToken _token;
    private readonly Action<SpareChild> _onChanged;
    private ControlConnection? _connection;
    private Action<string, bool>? _output;
    private int _state;

    private SpareChild(Process process, SpawnToken token, string command, string fingerprint, Action<SpareChild> onChanged)
    {
        Process = process;
        _token = token;
        Command = command;
        Fingerprint = fingerprint;
        _onChanged = onChanged;
    }

    /// <summary>The command line it was launched with (<see cref="ChildLauncher.CommandOf"/>).</summary>
    internal string Command { get; }

    /// <summary>The environment and working directory it was launched with (<see cref="ChildLauncher.FingerprintOf"/>).</summary>
    internal string Fingerprint { get; }

    internal Process Process { get; }

    internal SpawnToken Token => _token;

    internal int Pid { get; private set; }

    /// <summary>Warmed up and waiting for Start.</summary>
    internal bool IsReady => Volatile.Read(ref _state) == Ready;

    /// <summary>Exited or discarded before it was handed work.</summary>
    internal bool IsGone => Volatile.Read(ref _state) == Gone;

    /// <summary>Exited before it ever said Ready (a broken launch: the supply stops relaunching after a few).</summary>
    internal bool FailedBeforeReady { get; private set; }

    internal ControlConnection Connection => _connection ?? throw new InvalidOperationException("The spare is not connected.");

    public byte[] TokenKey => _token.Key;

    public ReadOnlyMemory<byte>? StartMessage => null;

    /// <summary>Launches a spare with <paramref name="start"/> (from <see cref="ChildLauncher.Create(Targets.TargetDescriptor?)"/>).</summary>
    internal static SpareChild Launch(ProcessStartInfo start, string command, string fingerprint, Action<SpareChild> onChanged)
    {
        var server = ControlServer.Instance;
        var token = SpawnToken.Create();
        ChildLauncher.Bind(start, server.Endpoint, token);
        var spare = new SpareChild(new Process { StartInfo = start }, token, command, fingerprint, onChanged);
        server.Expect(token.Id, spare);
        try
        {
            if (start.RedirectStandardOutput)
            {
                spare.Process.OutputDataReceived += (_, e) => spare.Forward(e.Data, isError: false);
                spare.Process.ErrorDataReceived += (_, e) => spare.Forward(e.Data, isError: true);
            }

            spare.Process.Start();
            if (start.RedirectStandardOutput)
            {
                spare.Process.BeginOutputReadLine();
                spare.Process.BeginErrorReadLine();
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            server.Forget(token.Id);
            spare.Process.Dispose();
            throw new ProcessException($"Could not start a spare child process ({start.FileName}): {ex.Message}", ex);
        }

        spare.Pid = spare.Process.Id;
        _ = spare.WatchAsync();
        return spare;
    }

    /// <summary>Takes the spare for a start: true once, for a ready spare; the caller then owns its process and connection.</summary>
    internal bool TryAdopt(Action<string, bool>? output)
    {
        _output = output;
        return Interlocked.CompareExchange(ref _state, Adopted, Ready) == Ready;
    }

    /// <summary>Ends a spare that will not be used: closing its connection ends it (end of stream); the kill makes sure.</summary>
    internal void Discard()
    {
        int state = Volatile.Read(ref _state);
        while (state is Launching or Ready)
        {
            int seen = Interlocked.CompareExchange(ref _state, Gone, state);
            if (seen == state)
            {
                _connection?.Dispose();
                try
                {
                    if (!Process.HasExited)
                    {
                        _ = NativeMethods.Kill(Pid, NativeMethods.SIGKILL);
                    }
                }
                catch (InvalidOperationException)
                {
                    // Already exited and released by its exit watch.
                }

                return;
            }

            state = seen;
        }
    }

    public void OnConnected(ControlConnection connection)
    {
        _connection = connection;
        if (Volatile.Read(ref _state) != Launching)
        {
            connection.Dispose(); // discarded while it connected
            return;
        }

        _ = WaitReadyAsync(connection);
    }

    public void OnConnectFailed(Exception error) => Discard();

    private async Task WaitReadyAsync(ControlConnection connection)
    {
        try
        {
            _ = await connection.ExpectAsync(FrameType.Ready).ConfigureAwait(false);
            if (Interlocked.CompareExchange(ref _state, Ready, Launching) == Launching)
            {
                _onChanged(this);
            }
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
            Discard();
        }
    }

    private async Task WatchAsync()
    {
        await Process.WaitForExitAsync().ConfigureAwait(false);
        ControlServer.Instance.Forget(_token.Id);
        int state = Volatile.Read(ref _state);
        while (state != Adopted)
        {
            int seen = Interlocked.CompareExchange(ref _state, Gone, state);
            if (seen == state)
            {
                break;
            }

            state = seen;
        }

        if (state == Adopted)
        {
            return; // its exit is the adopting SpawnedChild's business
        }

        FailedBeforeReady = state == Launching;
        _connection?.Dispose();
        Process.Dispose();
        _onChanged(this);
    }

    private void Forward(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        if (_output is { } output)
        {
            output(line, isError);
        }
        else
        {
            ProcessOutput.PassThrough(line, isError);
        }
    }
}
