using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// The parent's side of one pool worker: a daemon child (named <c>SpawnPoolWorker-N</c>, as in Python) whose control
/// connection carries tasks one way and results the other. The tasks it holds are tracked so that they fail clearly
/// if it dies.
/// </summary>
internal sealed class PoolWorkerProcess : ChildProcess
{
    private readonly ProcessPool _pool;
    private readonly byte[] _settings;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly HashSet<string> _assembliesAnnounced = new(StringComparer.Ordinal);
    private ControlConnection? _connection;

    private readonly Action<ChildOutputLine>? _output;

    internal PoolWorkerProcess(ProcessPool pool, byte[] settings, int quota, Action<ChildOutputLine>? output)
        : base("SpawnPoolWorker")
    {
        _pool = pool;
        _settings = settings;
        _output = output;
        Quota = quota;
        Daemon = true;
    }

    /// <summary>Tasks sent and not answered yet (guarded by the pool's lock).</summary>
    internal Dictionary<long, PoolTask> InFlight { get; } = [];

    /// <summary>How many more tasks this worker may take (int.MaxValue without maxTasksPerChild; guarded by the pool's lock).</summary>
    internal int Quota { get; set; }

    /// <summary>Connected and taking tasks (guarded by the pool's lock).</summary>
    internal bool Ready { get; set; }

    /// <summary>Told to stop, or out of quota: it will exit on its own (guarded by the pool's lock).</summary>
    internal bool Retiring { get; set; }

    private protected override TargetDescriptor ResolveDescriptor() => PoolWorkerLoop.Descriptor;

    private protected override void WritePayload(MarshalWriter payload) => payload.WriteRaw(_settings);

    private protected override Func<ControlConnection, Task>? Protocol => RunAsync;

    private protected override Action<ChildOutputLine>? OutputSink => _output;

    /// <summary>Sends a task; never called with the pool's lock held (a full socket must not block the pool).</summary>
    internal async Task SendAsync(PoolTask task)
    {
        var connection = _connection!;
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var header = new MarshalWriter(96);
            header.WriteUnmanaged(task.Id);
            header.WriteUnmanaged(task.Kind);
            header.WriteString(task.Target.Id);
            // The assembly name lets the worker load a target's library on first use; sent once per target assembly.
            string assembly = task.Target.Assembly.FullName ?? "";
            header.WriteString(_assembliesAnnounced.Add(assembly) ? assembly : null);
            await connection.SendAsync(FrameType.Task, header.WrittenMemory, task.Payload).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
            // The worker is gone; its exit fails the task with WorkerCrashedException.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task StopAsync()
    {
        if (_connection is not { } connection)
        {
            return;
        }

        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await connection.SendAsync(FrameType.Stop, ReadOnlyMemory<byte>.Empty).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task RunAsync(ControlConnection connection)
    {
        _connection = connection;
        _pool.OnWorkerReady(this);
        if (NativeSocketTransport.IsSupported && connection.Transport is SocketTransport socket)
        {
            // A dedicated thread reads this worker's results with raw calls: no hop through the socket engine and the
            // thread pool, and a short spin while tasks are in flight.
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var reader = new Thread(() =>
            {
                try
                {
                    ReadResults(NativeSocketTransport.Borrow(socket.Descriptor));
                    finished.SetResult();
                }
                catch (Exception ex)
                {
                    finished.SetException(ex);
                }
            })
            {
                IsBackground = true,
                Name = $"Multiprocessing pool reader ({Name})",
            };
            reader.Start();
            await finished.Task.ConfigureAwait(false);
            return;
        }

        // Results are consumed (copied into their destination) before the handler returns: the buffer goes back at once.
        while (await connection.ReceivePooledAsync().ConfigureAwait(false) is { } frame)
        {
            try
            {
                Handle(frame.Type, frame.Buffer.AsMemory(0, frame.Length));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(frame.Buffer);
            }
        }
    }

    private void ReadResults(NativeSocketTransport transport)
    {
        var reader = new ControlConnection(transport);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            transport.WaitReadable(InFlight.Count > 0 ? PoolWorkerLoop.SpinAfterTask : TimeSpan.Zero);
            if (!reader.TryReceive(ref buffer, out var type, out int length))
            {
                return;
            }

            Handle(type, buffer.AsMemory(0, length));
        }
    }

    private void Handle(FrameType type, ReadOnlyMemory<byte> payload)
    {
        switch (type)
        {
            case FrameType.TaskResult when payload.Length >= sizeof(long):
                _pool.OnTaskSucceeded(this, BitConverter.ToInt64(payload.Span), payload[sizeof(long)..]);
                break;
            case FrameType.TaskError:
                var (id, error) = PoolWorkerLoop.ReadError(payload.Span, Name, Pid ?? 0);
                if (id == PoolWorkerLoop.InitializerTaskId)
                {
                    _pool.OnInitializerFailed(this, error);
                }
                else
                {
                    _pool.OnTaskFailed(this, id, error);
                }

                break;
            default:
                throw new ProcessException($"Corrupt pool frame from worker '{Name}': {type} ({payload.Length} bytes).");
        }
    }
}
