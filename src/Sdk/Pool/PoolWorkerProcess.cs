using System.Diagnostics;
using Multiprocessing.Diagnostics;
using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// The parent's side of one pool worker: a daemon child (named <c>SpawnPoolWorker-N</c>, as in Python) that takes
/// tasks from a shared-memory ring and answers on another (<see cref="PoolChannel"/>). The tasks it holds are tracked
/// so that they fail clearly if it dies; its control connection only tells that it died.
/// </summary>
/// <remarks>
/// Results are read by a reader thread, or by a caller that waits for one of this worker's tasks in
/// <see cref="AsyncResult.Get"/>: such a caller polls the ring itself for up to 50 us, and while it does the
/// worker makes no wake-up system call and the reader thread stays asleep, so a round trip takes no blocking
/// wake-up at all.
/// </remarks>
internal sealed class PoolWorkerProcess : ChildProcess
{
    private const int NapMilliseconds = 1;

    private static readonly long PollerGraceTicks = Stopwatch.Frequency / 1000 * NapMilliseconds;

    private static readonly long LivenessTicks = (long)(SpinPolicy.LivenessPeriod.TotalSeconds * Stopwatch.Frequency);

    private readonly ProcessPool _pool;
    private readonly byte[] _settings;
    private readonly PoolChannel _channel;
    private readonly int _workerSlot;
    private readonly Action<ChildOutputLine>? _output;

    // Sending (guarded by _sendGate): frames that did not fit in the task ring wait in the backlog, in order, for a
    // thread that writes them as the worker makes room; a frame never passes one queued before it.
    private readonly object _sendGate = new();
    private readonly MarshalWriter _header = new(128);
    private readonly Dictionary<TargetDescriptor, int> _targetIndexes = new(ReferenceEqualityComparer.Instance);
    private readonly Queue<(byte[] Header, ReadOnlyMemory<byte> Payload)> _backlog = new();
    private bool _draining;
    private bool _sendClosed;

    // Receiving (guarded by _readGate): the reader thread and polling callers take turns.
    private readonly object _readGate = new();
    private byte[] _readBuffer = new byte[64 * 1024];
    private int _pollers;
    private volatile bool _stopping;
    private bool _quickResults = true; // reader thread only

    // Rung when a polling caller gives up: the napping reader thread then waits on the ring at once.
    private readonly ManualResetEventSlim _napBell = new(false, spinCount: 0);

    /// <summary>The name of the threads that read workers' results (short: Linux keeps 15 characters of a thread's name).</summary>
    internal const string ReaderThreadName = "mp-pool-reader";

    /// <summary>The name of the threads that write tasks too large for the ring at once.</summary>
    internal const string WriterThreadName = "mp-pool-writer";

    internal PoolWorkerProcess(ProcessPool pool, byte[] settings, int quota, Action<ChildOutputLine>? output)
        : base("SpawnPoolWorker")
    {
        _pool = pool;
        _settings = settings;
        _output = output;
        Quota = quota;
        Daemon = true;
        _channel = PoolChannel.Create();
        _channel.Tasks.AddHolder(writer: true);
        _workerSlot = _channel.Tasks.AddHolder(writer: false, pending: true); // the worker takes it over when it attaches
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

    /// <summary>A terminal's SIGINT does not reach into a pool: the pool's owner decides (Close, Terminate).</summary>
    internal override bool CancelsOnInterrupt => false;

    private protected override void WritePayload(MarshalWriter payload)
    {
        payload.WriteString(_channel.Name);
        payload.WriteRaw(_settings);
    }

    private protected override Func<ControlConnection, Task>? Protocol => RunAsync;

    private protected override Action<ChildOutputLine>? OutputSink => _output;

    private protected override StartMethod StartMethodInUse => _pool.WorkerStartMethod ?? Multiprocess.StartMethod;

    private protected override SpareLease? SpareLease => _pool.SpareLease;

    /// <summary>Sends a task; never blocks (a full ring queues it for a writer thread), so it may run under the pool's lock.</summary>
    internal void Send(PoolTask task)
    {
        lock (_sendGate)
        {
            _header.Reset();
            _header.WriteUnmanaged((byte)FrameType.Task);
            _header.WriteUnmanaged(task.Id);
            _header.WriteUnmanaged(task.Kind);
            if (_targetIndexes.TryGetValue(task.Target, out int index))
            {
                _header.WriteUnmanaged(index);
            }
            else
            {
                // The first task for a target names it (and its assembly, which the worker loads on first use); later
                // ones carry only its number.
                index = _targetIndexes.Count;
                _targetIndexes.Add(task.Target, index);
                _header.WriteUnmanaged(~index);
                _header.WriteString(task.Target.Id);
                _header.WriteString(task.Target.Assembly.FullName);
            }

            _header.WriteRaw(task.PayloadPrefix.Span);
            SendLocked(_header.WrittenSpan, task.Payload);
        }
    }

    /// <summary>The caller of <paramref name="task"/>, sent to this worker, cancelled it.</summary>
    internal void CancelSent(PoolTask task) => _pool.CancelSent(task);

    /// <summary>
    /// Asks the worker to cancel the token of task <paramref name="id"/> (<see cref="WorkerCancellation.AllTasks"/>:
    /// every task, now and later), on its control connection: its watchdog thread reads it while the task runs.
    /// </summary>
    internal void CancelTask(long id) => Child?.SendCancel(BitConverter.GetBytes(id));

    /// <summary>Asks the worker to exit once the tasks sent before are done.</summary>
    internal void Stop()
    {
        lock (_sendGate)
        {
            SendLocked([(byte)FrameType.Stop], ReadOnlyMemory<byte>.Empty);
        }
    }

    private void SendLocked(ReadOnlySpan<byte> header, ReadOnlyMemory<byte> payload)
    {
        Debug.Assert(Monitor.IsEntered(_sendGate), "SendLocked runs under _sendGate.");
        if (_sendClosed)
        {
            return; // the worker is gone: its exit fails the task with WorkerCrashedException
        }

        if (_backlog.Count == 0 && header.Length + payload.Length + 8 <= _channel.Tasks.Capacity && _channel.TryPin(out var pin))
        {
            try
            {
                if (_channel.Tasks.Write(header, payload.Span, deadline: 0) == RingStatus.Ok)
                {
                    return;
                }
            }
            finally
            {
                pin.Dispose();
            }
        }

        _backlog.Enqueue((header.ToArray(), payload));
        if (!_draining)
        {
            _draining = true;
            new Thread(WriteBacklog) { IsBackground = true, Name = WriterThreadName }.Start();
        }
    }

    /// <summary>Writes queued frames as the worker makes room; ends when the backlog is empty or the worker is gone.</summary>
    private void WriteBacklog()
    {
        while (true)
        {
            (byte[] Header, ReadOnlyMemory<byte> Payload) next;
            lock (_sendGate)
            {
                if (_sendClosed || _backlog.Count == 0)
                {
                    _backlog.Clear();
                    _draining = false;
                    return;
                }

                next = _backlog.Peek();
            }

            var status = RingStatus.Broken;
            if (_channel.TryPin(out var pin))
            {
                try
                {
                    status = _channel.Tasks.Write(next.Header, next.Payload.Span, Stopwatch.GetTimestamp() + LivenessTicks);
                }
                finally
                {
                    pin.Dispose();
                }
            }

            lock (_sendGate)
            {
                if (status == RingStatus.Ok)
                {
                    _backlog.Dequeue();
                }
                else if (status == RingStatus.Broken)
                {
                    _sendClosed = true; // the worker died: nothing will read the ring again
                }
            }
        }
    }

    /// <summary>
    /// Called by a caller waiting for <paramref name="task"/>: reads this worker's results itself until the task is
    /// done or <paramref name="until"/> passes, then hands reading back to the reader thread.
    /// </summary>
    internal void PollFor(PoolTask task, long until)
    {
        if (!BeginPolling(out var pin))
        {
            return;
        }

        try
        {
            while (!task.IsAbandoned && !_stopping)
            {
                if (TryDrain())
                {
                    continue; // read something: it may have been this task's result
                }

                if (Stopwatch.GetTimestamp() >= until)
                {
                    break;
                }

                Thread.SpinWait(4);
            }
        }
        finally
        {
            EndPolling(pin, gaveUp: !task.IsAbandoned);
        }
    }

    /// <summary>
    /// A caller starts reading this worker's results itself (<see cref="TryDrain"/>): until <see cref="EndPolling"/>,
    /// the worker makes no wake-up call for them and the reader thread does not spin. False once the worker is gone.
    /// </summary>
    internal bool BeginPolling(out SharedMemoryBlock.MappingPin pin)
    {
        if (!_channel.TryPin(out pin))
        {
            return false;
        }

        Interlocked.Increment(ref _pollers);
        _channel.Results.BeginPolling();
        Volatile.Write(ref _pool.LastPolled, Stopwatch.GetTimestamp());
        return true;
    }

    /// <summary>Reads and handles the results in the ring now, unless another thread is at it; true when it read any.</summary>
    internal bool TryDrain()
    {
        // A thread already reading this ring (user code running inside a result's handling) must not read it again.
        if (Monitor.IsEntered(_readGate) || !_channel.TryPin(out var pin))
        {
            return false;
        }

        try
        {
            if (!_channel.Results.IsReadable || !Monitor.TryEnter(_readGate))
            {
                return false;
            }

            try
            {
                return DrainLocked() > 0;
            }
            finally
            {
                Monitor.Exit(_readGate);
            }
        }
        finally
        {
            pin.Dispose();
        }
    }

    /// <summary>Ends <see cref="BeginPolling"/>: the reader thread takes over (woken if results are due).</summary>
    /// <param name="pin">The pin <see cref="BeginPolling"/> took.</param>
    /// <param name="gaveUp">The caller stops polling without what it waited for, and will block: the reader thread must read for it now.</param>
    internal void EndPolling(SharedMemoryBlock.MappingPin pin, bool gaveUp)
    {
        try
        {
            Interlocked.Decrement(ref _pollers);
            _channel.Results.EndPolling(othersWaiting: InFlight.Count > 0);
            if (gaveUp)
            {
                // The caller will not poll again soon: the reader stops napping and waits on the ring itself.
                Volatile.Write(ref _pool.LastPolled, 0);
                _napBell.Set();
            }
        }
        finally
        {
            pin.Dispose();
        }
    }

    /// <summary>
    /// The worker is gone: stop sending, let a blocked writer go, and remove the segment once unused. Returns the ids
    /// of the tasks still unread in its task ring: the worker never started them, so another worker may run them.
    /// </summary>
    internal HashSet<long> CloseChannel()
    {
        lock (_sendGate)
        {
            _sendClosed = true;
        }

        var unread = new HashSet<long>();
        if (_channel.TryPin(out var pin))
        {
            try
            {
                foreach (var prefix in _channel.Tasks.PeekUnread(1 + sizeof(long)))
                {
                    if (prefix.Length == 1 + sizeof(long) && prefix[0] == (byte)FrameType.Task)
                    {
                        unread.Add(BitConverter.ToInt64(prefix, 1));
                    }
                }

                _channel.Tasks.RemoveHolder(writer: false, _workerSlot); // a writer waiting for room sees a broken ring
            }
            finally
            {
                pin.Dispose();
            }
        }

        _channel.Dispose();
        return unread;
    }

    private async Task RunAsync(ControlConnection connection)
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = new Thread(() =>
        {
            try
            {
                ReadResults();
            }
            catch (Exception ex)
            {
                // A corrupt frame: nobody could read this worker's results any more, so its tasks would hang. End it
                // instead; its tasks fail with WorkerCrashedException and a replacement starts.
                MultiprocessingEventSource.Log.WorkerResultsUnreadable(Name, Pid ?? 0, ex.ToString());
                _stopping = true;
                Kill();
            }
            finally
            {
                finished.SetResult();
            }
        })
        {
            IsBackground = true,
            Name = ReaderThreadName,
        };
        reader.Start();
        _pool.OnWorkerReady(this);
        try
        {
            // The worker sends nothing on its control connection: its end closing (it exited or died) is the signal.
            while (await connection.ReceivePooledAsync().ConfigureAwait(false) is { } frame)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(frame.Buffer);
                throw new ProcessException($"Corrupt control frame from pool worker '{Name}': {frame.Type}.");
            }
        }
        finally
        {
            // Every result the worker wrote before it exited is in the ring: the reader drains it, then ends, before
            // the pool treats the tasks still held as lost.
            // A wake-up that lands just before the reader goes to sleep is lost, so it is repeated until the reader ends.
            _stopping = true;
            _napBell.Set();
            while (!finished.Task.IsCompleted && _channel.TryPin(out var pin))
            {
                try
                {
                    _channel.Results.WakeReaders();
                }
                finally
                {
                    pin.Dispose();
                }

                await Task.WhenAny(finished.Task, Task.Delay(5)).ConfigureAwait(false);
            }

            await finished.Task.ConfigureAwait(false);
        }
    }

    private void ReadResults()
    {
        while (_channel.TryPin(out var pin))
        {
            try
            {
                bool stopping = _stopping;
                if (!stopping)
                {
                    long started = Stopwatch.GetTimestamp();
                    if (started - Volatile.Read(ref _pool.LastPolled) <= PollerGraceTicks)
                    {
                        // A caller polled lately (a blocking imap, Get in a loop) and will likely poll again: it reads
                        // the results then. Meanwhile this thread naps without registering as a sleeper, so the worker
                        // makes no wake-up call; it still picks up a result nobody polls for within a millisecond.
                        _napBell.Wait(NapMilliseconds);
                        _napBell.Reset();
                        if (!_channel.Results.IsReadable || Volatile.Read(ref _pollers) != 0)
                        {
                            continue;
                        }
                    }
                    else if (!WaitForResult(started))
                    {
                        continue;
                    }
                }

                lock (_readGate)
                {
                    DrainLocked();
                }

                if (stopping)
                {
                    return;
                }
            }
            finally
            {
                pin.Dispose();
            }
        }
    }

    /// <summary>Waits on the ring for a result (spinning first while results come quickly); false when none came.</summary>
    private bool WaitForResult(long started)
    {
        // Spin only while this worker holds tasks and its last result came within the spin window (short tasks):
        // spinning through long tasks would take a core from the workers.
        bool spin = _quickResults && InFlight.Count > 0 && Volatile.Read(ref _pollers) == 0;
        if (_channel.Results.WaitReadable(started + LivenessTicks, spin) != RingStatus.Ok)
        {
            _quickResults = true; // woken for another reason, or idle: try spinning again next time
            return false;
        }

        _quickResults = Stopwatch.GetTimestamp() - started <= 2 * SpinPolicy.SpinTicks;
        return true;
    }

    /// <summary>Reads and handles every result in the ring now (under <see cref="_readGate"/> and a pin); returns how many.</summary>
    private int DrainLocked()
    {
        Debug.Assert(Monitor.IsEntered(_readGate), "DrainLocked runs under _readGate.");
        var results = _channel.Results;
        for (int handled = 0; ; handled++)
        {
            var status = results.TryReadInPlace(out var message);
            if (status == RingStatus.Ok)
            {
                // Most results are decoded straight from the ring into their destination: no intermediate copy.
                try
                {
                    Handle(message);
                }
                finally
                {
                    results.EndReadInPlace();
                }

                continue;
            }

            if (status != RingStatus.NotContiguous)
            {
                return handled;
            }

            var sink = new BufferSink(_readBuffer, 0);
            if (results.Read(ref sink, deadline: 0) != RingStatus.Ok)
            {
                return handled;
            }

            if (sink.Overflow is { Length: <= 16 << 20 } larger)
            {
                _readBuffer = larger; // kept for the next large result
            }

            Handle((sink.Overflow ?? _readBuffer).AsSpan(0, sink.Length));
        }
    }

    private void Handle(ReadOnlySpan<byte> frame)
    {
        var type = frame.Length > 0 ? (FrameType)frame[0] : 0;
        var payload = frame[Math.Min(1, frame.Length)..];
        switch (type)
        {
            case FrameType.TaskResult when payload.Length >= sizeof(long):
                _pool.OnTaskSucceeded(this, BitConverter.ToInt64(payload), payload[sizeof(long)..]);
                break;
            case FrameType.TaskError:
                var (id, error) = PoolWorkerLoop.ReadError(payload, Name, Pid ?? 0);
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
