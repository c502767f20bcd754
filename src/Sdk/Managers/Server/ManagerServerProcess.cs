using Multiprocessing.Diagnostics;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// The parent's side of a manager server process (named <c>SyncManager-N</c>, as in Python): a daemon child whose
/// control connection carries its address once it listens, then its log lines, and a Stop frame at shutdown.
/// </summary>
internal sealed class ManagerServerProcess : ChildProcess
{
    private readonly byte[] _settings;
    private readonly Action<string>? _log;
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ControlConnection? _connection;

    internal ManagerServerProcess(byte[] settings, byte[] authkey, Action<string>? log)
        : base("SyncManager")
    {
        _settings = settings;
        _log = log;
        Daemon = true;
        AuthKey = authkey;
    }

    /// <summary>Completes with the server's address once it listens.</summary>
    internal Task<string> Address => _address.Task;

    private protected override TargetDescriptor ResolveDescriptor() => ManagerServerLoop.Descriptor;

    /// <summary>A terminal's SIGINT does not stop a manager: its owner does (Shutdown), or its exit.</summary>
    internal override bool CancelsOnInterrupt => false;

    private protected override void WritePayload(MarshalWriter payload) => payload.WriteRaw(_settings);

    private protected override Func<ControlConnection, Task>? Protocol => RunAsync;

    /// <summary>Asks the server to stop; it closes its listener and its connections and exits.</summary>
    internal void Stop()
    {
        try
        {
            _connection?.Send(FrameType.Stop, []);
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
            // Already gone.
        }
    }

    private async Task RunAsync(ControlConnection connection)
    {
        _connection = connection;
        try
        {
            while (await connection.ReceiveAsync().ConfigureAwait(false) is { } frame)
            {
                if (frame.Type != FrameType.Result)
                {
                    throw new ProcessException($"Corrupt control frame from the manager server (pid {Pid}): {frame.Type}.");
                }

                var reader = new MarshalReader(frame.Payload);
                string text = reader.ReadString() ?? "";
                if (!_address.Task.IsCompleted)
                {
                    _address.TrySetResult(text);
                }
                else if (_log is not null)
                {
                    try
                    {
                        _log(text);
                    }
                    catch (Exception ex)
                    {
                        MultiprocessingEventSource.Log.CallbackFailed("A manager log callback", ex.ToString());
                    }
                }
                else
                {
                    MultiprocessingEventSource.Log.ManagerServerMessage(text);
                }
            }
        }
        finally
        {
            _address.TrySetException(new ProcessException($"The manager server process (pid {Pid}) closed its control connection before it was ready."));
        }
    }
}
